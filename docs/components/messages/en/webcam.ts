// UI text of the webcam page's components; ../zh/webcam.ts has the same keys (tsc checks it).
// The camera messages also serve the database page's snapshot button (cameraSnapshot).
export const webcam = {
  resolution: "Camera resolution",
  every: "Detect every k frames",
  startingCamera: "Starting the camera…",
  waitingFirstFrame: "Waiting for the first frame…",
  overlayLabel: "boxes and names over the video",
  noVideo: "No video.",
  faces: (labels: string) => `faces: ${labels}`,
  noFace: "no face",
  unknown: "unknown",
  stats: (fps: number, width: number, height: number, detect: string, embed: string, faces: number, frame: string, every: number) =>
    `${fps} FPS at ${width}×${height} · detect ${detect} ms · embed ${embed} ms (${faces} face${faces === 1 ? "" : "s"}) · ${frame} ms per frame on average · detection on 1 frame in ${every}`,
  // which model names the faces (webcamDbNote)
  dbSvm: (n: number, threshold: string) =>
    `Recognising the ${n} people of your face database with its trained SVM; “unknown” beyond distance ${threshold} from everyone.`,
  dbCentroids: (n: number, sinceChange: boolean) =>
    `Recognising the ${n} people of your face database by their nearest mean face (the SVM is not trained${sinceChange ? " since the last change" : ""}: `,
  trainIt: "train it",
  toSeeProbabilities: " to see probabilities).",
  dbEmpty: "Your face database is empty, so every face is “unknown”. ",
  enrolSome: "Enroll some people",
  toSeeNames: " to see names.",
  // why there is no camera (camera.ts: the webcam page)
  camera: {
    insecure: "This browser offers no camera here (a camera needs a secure page: https or localhost).",
    denied: "Camera permission was denied. Allow the camera for this site in the browser's address bar, then reload the page.",
    notFound: "No camera was found. Connect a webcam (or choose another resolution), then reload the page.",
    busy: "The camera is busy or failed to start: close other apps or tabs using it, then reload the page.",
    other: (message: string) => `The camera could not start: ${message}`,
  },
  // the snapshot button for enrolment (cameraSnapshot.ts: the database page)
  snapshot: {
    label: "Webcam photo",
    take: "Take photo",
    close: "Close camera",
    insecure: "This page has no camera access (a camera needs https or localhost). Upload photos instead.",
    denied: "Camera permission was denied. Allow the camera for this site in the browser's address bar, or upload photos instead.",
    notFound: "No camera was found. Upload photos instead.",
    busy: "The camera is in use by another application.",
    other: (message: string) => `The camera could not start (${message}).`,
  },
};
