// UI text shared by several pages (course blocks, photo picker, status lines). The Chinese table
// (../zh/common.ts) must have the same keys and the same function signatures; tsc checks it.
import type { ImageProblem } from "facelab";

export const common = {
  // tryThis
  tryThis: "Try this",
  yourPrediction: "Your prediction",
  checkPrediction: "Check my prediction",
  showAnswer: "Show the answer",
  notReady: (why: string) => `The figure is not ready yet (${why}); try again in a moment.`,
  right: (choice: string) => `Right: ${choice}. `,
  notQuite: (choice: string) => `Not quite: ${choice}. `,
  answer: (choice: string) => `Answer: ${choice}. `,
  // urlState
  linkToView: "Link to this view",
  linkCopied: "Link copied — opening it restores this view.",
  copyThisLink: "Copy this link:",
  // photoPicker
  loading: "Loading…",
  yourPhoto: "Your photo: ",
  orDrop: " or drop one here. ",
  sampleFailed: (name: string, status: number) => `${name}: could not load the sample photo (${status})`,
  /** A file's name and what is wrong with it (or what happened to it). */
  named: (name: string, text: string) => `${name}: ${text}`,
  cannotDecode: "this browser cannot decode it (corrupt, or a format it lacks); try a JPEG or PNG",
  /**
   * What is wrong with a file: the command line's words (facelab's PROBLEM_TEXT; test/i18n.test.ts
   * keeps them equal). Written out rather than imported: importing facelab would make every page that
   * loads this table — the home page, the glossary — download the whole library and tfjs.
   */
  problem: {
    empty: "empty file",
    "not-image": "not an image (not JPEG, PNG, GIF, WebP, AVIF, BMP or TIFF)",
    heic: "unsupported format (HEIC); export it as JPEG (iPhone: Settings → Camera → Formats → Most Compatible)",
    svg: "unsupported format (SVG is a drawing, not a photo); export it as PNG",
    tiff: "unsupported format (TIFF) in the browser; convert it to PNG or JPEG (the facelab command line reads TIFF)",
    "truncated-jpeg": "truncated JPEG (the file ends before the image does)",
    "truncated-png": "truncated PNG (the file ends before the image does)",
  } as Record<ImageProblem, string>,
  reducedCopy: (ratio: string, used: string, original: string) => `detected on a ${ratio} copy (${used} of ${original}); boxes are in the original's pixels`,
  // tensorMeter, loadRecognition
  tensors: (backend: string, n: number, mb: string) => `${backend} · ${n} tensors · ${mb} MB`,
  tfjsStarting: "tfjs starting…",
  // backendStatus: which build of the backend runs (wasm: SIMD or not, how many threads)
  simd: "SIMD",
  threads: (n: number) => (n === 1 ? "1 thread" : `${n} threads`),
  noIsolation: "this site is served without the headers that allow threads",
  loadingNetworks: "Loading MTCNN and the embedding network…",
  sidebarToggle: "Toggle sidebar",
  /** After a range control's label, naming its slider apart from its number box. */
  slider: " (slider)",
  /** The detectors' display names, by the library's detector names (the SRN and models pages). */
  detectorNames: {
    mtcnn: "MTCNN",
    "ssd-mobilenet-v1": "SSD MobileNet v1",
    "tiny-face-detector": "Tiny Face Detector",
    "blazeface-front": "BlazeFace front",
    "blazeface-back": "BlazeFace back",
    "blazeface-short": "BlazeFace short range",
    "blazeface-full": "BlazeFace full range",
  } as Record<string, string>,
};
