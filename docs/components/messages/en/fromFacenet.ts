// UI text of the fromFacenet page's components; ../zh/fromFacenet.ts has the same keys (tsc checks it).
export const fromFacenet = {
  // variant names (ablation table, chart, command list)
  chip: "5-point chip",
  marginCrop: (px: number) => `margin crop ${px} px`,
  flip: "flip",
  prewhitened: "prewhitened",
  // ablation table
  colVariant: "embedding variant",
  colMetric: "metric",
  colView2: "View 2 accuracy (10-fold)",
  colVal: "View 2 VAL@FAR=10⁻³",
  colDevTest: "dev test, best threshold",
  colMade: "made",
  notRun: "not run",
  notMeasured: "not measured",
  // ablation chart
  accuracyAxis: "LFW View 2 accuracy (%), mean ± std over 10 folds",
  quoted: "quoted",
  chartDescription: (summary: string) => `LFW View 2 accuracy per variant. ${summary}.`,
  quotedRelease: (name: string) => `facenet ${name} (README)`,
  quotedReport: "validate_on_lfw.py in the course report",
  // command list
  commandNotRecorded: "facelab lfw embed (command not recorded; see the project's data/README.md)",
  dateNotRecorded: "date not recorded",
  // scales and histogram
  distanceLabel: "Distance",
  scales: {
    dlib: "dlib's scale: distance of the descriptors as they come",
    facenet: "facenet's scale: squared distance of unit vectors",
  } as Record<"dlib" | "facenet", string>,
  lfwPairs: "LFW pairs",
  samePerson: "same person",
  differentPeople: "different people",
  dlibLine: "dlib's 0.6",
  foldLine: (t: string) => `facelab's LFW folds: ${t}`,
  paperLine: "FaceNet paper, Fig. 1: 1.1",
  rawAxis: "euclidean distance of dlib's 128-D descriptors",
  unitAxis: "squared euclidean distance of the unit vectors (0 … 4)",
  rawDescription: (acc: string) =>
    `Histogram of the 6,000 LFW View 2 pairs' descriptor distances: same-person pairs mostly below dlib's 0.6, different-person pairs mostly above; 0.6 classifies ${acc} of pairs correctly.`,
  unitDescription: (t: string, accFold: string, accPaper: string) =>
    `Histogram of the same pairs as squared distances of unit vectors: facelab's fold threshold ${t} classifies ${accFold} correctly; FaceNet's 1.1 lies right of almost every pair and classifies ${accPaper} correctly.`,
  // exercises
  costliestQuestion: "Starting from the 5-point chip with the network's own normalisation, which single change costs the most on the dev-test yardstick?",
  costliestAction: "Predict, then read the dev-test column of the table above.",
  choiceDropFlip: "dropping the flip",
  choiceMarginCrop: "facenet's margin crop",
  choicePrewhiten: "prewhitening the input",
  listSeparator: ", ",
  costliestExplain: (costs: string) => `Dev-test accuracy lost, in points: ${costs}. The network cares most about receiving the input it was trained on.`,
  subtractQuestion:
    "facenet's published command adds --subtract_mean. With the cosine metric on dlib's embeddings (chip and flip), what will it do to VAL, the share of same-person pairs accepted when only 1 in 1,000 different-person pairs may be?",
  subtractAction: "Predict, then compare the two cosine lines of “5-point chip · flip” in the table.",
  choiceRaise: "raise it",
  choiceWithinPoint: "leave it within a point",
  choiceLower: "lower it",
  subtractExplain: (valA: string, valB: string, accA: string, accB: string) =>
    `VAL@FAR=10⁻³ ${valA} without, ${valB} with (accuracy ${accA} → ${accB}). Removing the common direction of dlib's descriptors makes their angles noisier, and a strict threshold feels it most.`,
  foreignQuestion:
    "Take the FaceNet paper's threshold, 1.1 on the squared distance of unit embeddings, and apply it to our dlib embeddings. How many of the 6,000 LFW pairs does it get right?",
  foreignAction: "Choose “facenet's scale” above and look where 1.1 falls.",
  choice99: "about 99 %, like dlib's own",
  choice90: "about 90 %",
  choice50: "about 50 %: it calls almost everyone the same person",
  foreignExplain: (below: string, total: string, acc: string, spread: string) =>
    `${below} of ${total} pairs are closer than 1.1, so ${acc} are right. dlib's embeddings crowd into a narrow cone: even different people are rarely more than ${spread} apart as unit vectors.`,
};
