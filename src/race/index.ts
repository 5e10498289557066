/**
 * `facelab/race`: facelab's MTCNN against face-api.js's in one page, as the Performance page's live
 * race and the benchmark page (bench/browser) both run it — so the figures a visitor measures and
 * the committed ones come from the same code. Browser-only (canvases, an iframe for the peer).
 */
export { race, type RaceImage, type Contender, type ContenderRuns } from "./mtcnnRace.js";
export { summariseRace } from "./raceSummary.js";
export { canvasOf, facelabContender, faceApiContender, RACE_SETTINGS } from "./raceContenders.js";
export { loadFaceApiMtcnn, type FaceApiUrls, type PeerMtcnn } from "./faceApiMtcnn.js";
