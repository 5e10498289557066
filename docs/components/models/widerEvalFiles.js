// The WIDER FACE evaluations the "Which detector?" page shows, one file per detector, all written by
// `facelab wider eval` with the same schema. The one place to list them: add a detector's file here
// once it is in data/wider/ (Framework needs each file name written out to serve it).
import { FileAttachment } from "observablehq:stdlib";

export const widerEvalFiles = {
  mtcnn: FileAttachment("../../_data/wider/mtcnn-eval.json"),
  "ssd-mobilenet-v1": FileAttachment("../../_data/wider/ssd-mobilenet-v1-eval.json"),
  "tiny-face-detector": FileAttachment("../../_data/wider/tiny-face-detector-eval.json"),
  "blazeface-back": FileAttachment("../../_data/wider/blazeface-back-eval.json"),
  "blazeface-full": FileAttachment("../../_data/wider/blazeface-full-eval.json"),
  "blazeface-front": FileAttachment("../../_data/wider/blazeface-front-eval.json"),
  "blazeface-short": FileAttachment("../../_data/wider/blazeface-short-eval.json"),
};

/** Every listed evaluation, parsed: `[{detector, eval}]` in the order above. */
export function loadWiderEvals() {
  return Promise.all(Object.entries(widerEvalFiles).map(async ([detector, file]) => ({ detector, eval: await file.json() })));
}
