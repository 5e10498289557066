// UI text of the database page's components; ../zh/database.ts has the same keys (tsc checks it).
import type { FaceDbProblemCode } from "facelab";

type Values = Record<string, string | number>;

export const database = {
  // page cells
  dbSummary: (people: number, faces: number, photos: boolean) => `${people} people · ${faces} faces${photos ? " · with photos" : ""}`,
  keepPhotos: "Also keep the full photos (in this browser only)",
  deleteAll: "Delete all my data",
  deleteAllQuestion: (people: number, faces: number) =>
    `Delete all ${people} people, ${faces} faces and the trained model from this browser? This cannot be undone.`,
  deleteAllYes: "Yes, delete everything",
  deleted: "All data deleted from this browser.",
  costLabel: "SVM cost C",
  thresholdLabel: "“Unknown” above distance",
  modelLoadError: (detail: string) => `The saved model could not be loaded (${detail}). Train again.`,
  // confirmButton
  cancel: "Cancel",
  // addPersonForm
  nameLabel: "Name",
  namePlaceholder: "e.g. Ada Lovelace",
  addPerson: "Add person",
  // demoDatabase
  loadDemo: "Load the demo database",
  demoNote: "Four people from LFW, three photos each (their fourth photos are kept back for predicting).",
  groupPhoto: "Group photo",
  // enrolQueue, enrolPhoto, photoSource
  embedding: (i: number, n: number, name: string) => `Embedding photo ${i} of ${n}: ${name}…`,
  noFace: (name: string) => `${name}: no face found — nothing added. Try a photo where the face is larger or better lit.`,
  faceAdded: (name: string) => `${name}: face added.`,
  manyFaces: (name: string, n: number) => `${name}: ${n} faces — the largest was added; click another face to use it instead.`,
  webcamName: (time: string) => `webcam ${time}`,
  // faceStore
  personGone: "That person is no longer in the database.",
  storageRefused: (detail: string) => `This browser refused local storage (${detail}); private windows may block IndexedDB.`,
  // peopleList, personCard, cameraSnapshot
  nobody: "Nobody yet. Add a person above, or load the demo database.",
  noFaceYet: "No face yet: add a photo or several.",
  faceCount: (n: number) => `${n} face${n === 1 ? "" : "s"}`,
  removeFaceTitle: (source: string) => `Remove this face (from ${source})`,
  removeFaceLabel: (source: string) => `Remove face from ${source}`,
  photoKept: " (photo kept)",
  addPhotos: "Add photos: ",
  removePerson: "Remove person",
  removePersonQuestion: (name: string, n: number) => `Remove ${name} and ${n} face(s)?`,
  removePersonYes: "Yes, remove",
  webcamPhoto: "Webcam photo",
  takePhoto: "Take photo",
  closeCamera: "Close camera",
  cameraDenied: "Camera permission was denied. Allow the camera for this site in the browser's address bar, or upload photos instead.",
  cameraMissing: "No camera was found. Upload photos instead.",
  cameraBusy: "The camera is in use by another application.",
  cameraFailed: (detail: string) => `The camera could not start (${detail}).`,
  cameraInsecure: "This page has no camera access (a camera needs https or localhost). Upload photos instead.",
  // transferBar
  exportButton: "Export…",
  includePhotos: " include full photos",
  importFile: "Import a file: ",
  exported: (name: string, kb: string) => `Exported ${name} (${kb} kB).`,
  imported: (name: string, people: number, faces: number, model: boolean) =>
    `Imported ${name}: ${people} people, ${faces} faces${model ? ", a trained model" : ""}.`,
  notImported: (reason: string) => `Not imported — ${reason}. Your database is unchanged.`,
  /** A problem of a face database file (facelab's FaceDbError codes), without its field path. */
  problem: {
    object: () => "expected an object",
    list: () => "expected a list",
    "too-many": (v: Values) => `${v.count} entries, more than the limit of ${v.max}`,
    text: () => "expected text",
    "too-long": (v: Values) => `${v.count} characters, more than the limit of ${v.max}`,
    "name-empty": () => "the name is empty",
    "name-too-long": (v: Values) => `the name has ${v.count} characters, more than the limit of ${v.max}`,
    "name-control": () => "the name contains control characters",
    "id-chars": () => "an id may only contain letters, digits, '-' and '_'",
    "not-date": (v: Values) => `not a date: ${v.value}`,
    "embedding-length": (v: Values) => `expected ${v.expected} numbers, got ${v.count}`,
    "not-finite": () => "not a finite number",
    box: () => "expected a box of 4 finite numbers",
    "image-url": () => "expected a data:image/jpeg or data:image/png base64 URL",
    "unknown-person": (v: Values) => `no person has the id ${v.id}`,
    "duplicate-id": (v: Values) => `the id ${v.id} is used twice`,
    "model-too-large": (v: Values) => `larger than the limit of ${v.max} characters`,
    "file-too-large": (v: Values) => `the file is ${v.mb} MB, more than the limit of ${v.max} MB`,
    "not-json": (v: Values) => `not a facelab face database: the file is not valid JSON (${v.detail})`,
    "not-object": () => "not a facelab face database: expected a JSON object",
    "wrong-format": (v: Values) => `not a facelab face database (its "format" field is not "${v.format}")`,
    "wrong-version": (v: Values) => `unsupported version ${v.version}: this page reads version ${v.expected} files`,
    "not-classifier": () => 'not a facelab classifier (its "kind" is not "facelab-classifier")',
    "face-ids": () => "expected a list of face ids",
    "model-invalid": (v: Values) => String(v.detail),
  } as Record<FaceDbProblemCode, (v: Values) => string>,
  // trainBar, modelSummary, modelTable
  trainButton: "Train the SVM and the centroid matcher",
  trainingSvm: (faces: number) => `Training the SVM on ${faces} faces…`,
  crossValidating: (folds: number) => `Cross-validating (${folds} folds)…`,
  tooFewPeople: "Enroll at least two people with a face each to train a classifier.",
  trainFailed: (detail: string) => detail,
  trained: (faces: number, people: number) => `Trained on ${faces} faces of ${people} people.`,
  noModel: "No trained model yet.",
  modelTrained: (when: string, faces: number, cost: number) => `Trained ${when} on ${faces} faces (SVM cost C = ${cost}). `,
  stale: "The database has changed since: train again to include the changes.",
  person: "Person",
  trainingAccuracy: "Training accuracy",
  crossValidation: "Cross-validation",
  crossValidationFolds: (folds: number) => `Cross-validation (${folds} folds)`,
  removedSince: "(removed since)",
  all: "All",
  needsTwoFaces: "needs ≥ 2 faces per person",
  // predictFaces, predictionView
  removedPerson: "(removed person)",
  unknown: "unknown",
  faceHeader: "Face",
  svmHeader: "SVM: most probable",
  nearestHeader: "Nearest person (distance)",
  verdictHeader: "Verdict",
  noFaceLabel: "no face",
  choosePhoto: "Choose a photo.",
  trainFirst: "Train the classifier first (section 3); with the demo database: load it, then train.",
  predictSummary: (n: number, photo: string, labels: string) => `${n} face${n === 1 ? "" : "s"} in ${photo}: ${labels || "nothing to label"}.`,
  listSeparator: ", ",
  // lfwClassifierRuns
  runName: (min: number, train: number) => `≥ ${min} photos, ${train} train`,
  runsCaption: "facenet's classifier.py experiment on LFW, measured with this site's pipeline (precomputed)",
  measure: "Measure",
  runRows: {
    people: "People",
    trainImages: "Training photos",
    testImages: "Test photos",
    svm: "SVM, most probable person (classifier.py)",
    svmDecision: "SVM, one-vs-one vote (scikit-learn predict)",
    centroidNearest: "Nearest mean face",
    centroidWithUnknown: "Nearest mean face, “unknown” beyond the threshold",
    farthest: "Farthest test face from its nearest mean face",
  },
  runSource: (run: string, date: string, minutes: number) => `${run}: precomputed on ${date} (${minutes} min wall time on 2 shared CPU cores) with `,
  runThen: " then ",
  runSourceEnd: (cost: number, threshold: number) => `; SVM cost C = ${cost}, “unknown” beyond distance ${threshold}.`,
  // try this: the LFW runs
  runsQuestion: "Which split gives the SVM the higher test accuracy?",
  runsAction: "Predict first, then compare the two columns of the table below.",
  runsChoices: ["the 40/35 run", "the 20/10 run", "they tie"],
  runsExplain: (
    small: { name: string; acc: string; test: string; people: number; biggest: string; share: string },
    large: { name: string; acc: string; test: string; people: number; biggest: string; share: string },
  ) =>
    `${small.name}: ${small.acc} on ${small.test} test photos of ${small.people} people; ` +
    `${large.name}: ${large.acc} on ${large.test} photos of ${large.people} people. ` +
    `The 40/35 run has more photos to learn each person from and fewer people to tell apart; but its test set is smaller and ` +
    `lopsided (${large.biggest} alone is ${large.share} of it, against ${small.share} for ${small.biggest} in the 20/10 run), ` +
    `so each test photo weighs more and the two figures are not measured on the same question.`,
  // try this: the stranger and the threshold
  strangerQuestion: "Laura Bush is not enrolled. Who does the SVM say she is?",
  strangerAction: "Choose Laura_Bush_0001.jpg above, then look at the table's “SVM: most probable” column.",
  strangerChoices: ["one of the enrolled people", "nobody"],
  needDemo: "Load the demo database (section 1) and train (section 3) first.",
  needPrediction: "Train the classifier (section 3) and choose a photo with a face in section 4 first.",
  needStranger: (photo: string | null) =>
    `${photo ?? "This photo"} shows someone enrolled (or unknown to this check): choose Laura_Bush_0001.jpg or Vladimir_Putin_0001.jpg in section 4, then check again.`,
  strangerExplain: (
    who: string,
    svmName: string,
    probability: string,
    people: number,
    nearest: string,
    distance: string,
    more: boolean,
    threshold: string,
    verdict: string,
  ) =>
    `${who} is not enrolled, yet the SVM names ${svmName} with probability ${probability}: ` +
    `its probabilities are shared among the ${people} enrolled people and always add up to 100 %. ` +
    `The distance rule is what catches a stranger: the nearest mean face (${nearest}) is ${distance} away, ` +
    `${more ? "more" : "not more"} than ${threshold}, so the page says “${verdict}”.`,
  thresholdQuestion: "Raise the “unknown” threshold to dlib's 0.60: does Laura Bush stay unknown?",
  thresholdAction: "With Laura_Bush_0001.jpg chosen, move the slider to 0.60 and watch the label on the photo.",
  thresholdChoices: ["still unknown", "named as an enrolled person"],
  thresholdExplain: (who: string, distance: string, nearest: string, unknown: boolean, svmName: string, slider: string, atDlib: boolean) =>
    `${who}'s face is ${distance} from the nearest mean face (${nearest}). ` +
    (unknown
      ? "That is beyond 0.60 too, so this face stays unknown — but any stranger closer than 0.60 would be named. "
      : `At 0.60 that is close enough: the page would call this stranger ${svmName}. `) +
    "0.6 is dlib's threshold for its raw descriptors, which are about 1.4 long; on the unit-length embeddings this page compares it is about 0.42, and LFW's ten folds chose 0.41. " +
    `The slider is at ${slider} now${atDlib ? "" : ": move it to 0.60 to see it on the photo"}.`,
  // try this: one more photo
  moreQuestion: "Each person gets one more training photo. Does the SVM's probability for this face go up, down, or stay put?",
  moreAction:
    "Choose a photo of an enrolled person (e.g. Colin_Powell_0004.jpg). The check trains two SVMs on your database — without each person's newest photo, and with all — at the cost C above.",
  moreChoices: ["higher", "lower", "about the same (within 2 points)"],
  moreMissing:
    "Enroll at least two people with two photos or more each (the demo database has three), train (again, after any change), and choose a photo with a face in section 4.",
  moreExplain: (photo: string | null, fewer: number, before: string, all: number, after: string) =>
    `For the first face of ${photo ?? "the photo"}: trained with one photo fewer per person (at least ${fewer} each) the SVM says ${before}; ` +
    `with all of them (at least ${all} each), ${after}. Each photo moves the boundaries, and LIBSVM fits the probabilities ` +
    "(Platt scaling) on cross-validated margins of the training faces — with so few faces a person, one more changes that fit visibly.",
};
