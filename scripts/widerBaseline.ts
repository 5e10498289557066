/**
 * MTCNN measured on WIDER FACE: runs `facelab detect --json` on the 437 training images of
 * ../shared/wider (events 1--Handshaking, 4--Dancing, 19--Couple: every annotated image of those
 * events) once per minimum face size, scores each run with `facelab wider eval --json`, and writes the
 * compact record the SRN page shows (data/wider/mtcnn-eval.json): settings, date, versions, wall time,
 * AP, the PR curve thinned to ≤ 200 points, and recall / AP per size and attribute bucket.
 *
 *   node --import tsx scripts/widerBaseline.ts [--min-face 20 --min-face 12] [--work /tmp/wider-baseline] [--out data/wider/mtcnn-eval.json]
 *
 * Detections are kept in the work folder (detections-min<N>.json + .run.json with the command and
 * wall time) and reused when present, so a re-run only re-scores. Progress goes to stderr. The other
 * detectors: scripts/widerDetectors.ts, same schema.
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_MTCNN_CONFIG } from "../src/mtcnn/options.js";
import { setupBackend } from "../src/node/setupBackend.js";
import { writeAtomic } from "../src/node/writeAtomic.js";
import { DATA, detectOnce, IMAGES_GLOB, scoreRun, SIZE_MEASURE, versions, widerImages } from "./widerRecord.js";

const { values } = parseArgs({ options: { "min-face": { type: "string", multiple: true }, work: { type: "string" }, out: { type: "string" } } });
const minFaces = (values["min-face"] ?? ["20"]).map(Number);
const work = values.work ?? "/tmp/wider-baseline";
const out = values.out ?? "data/wider/mtcnn-eval.json";

/** Runs and scores every requested minimum face size, then writes the record. */
async function main(): Promise<void> {
  const images = widerImages();
  const backend = await setupBackend("wasm"); // what the CLI's default picks on this machine
  const runs = [];
  for (const minFace of minFaces) {
    const file = path.join(work, `detections-min${minFace}.json`);
    const command = `facelab detect --json --min-face ${minFace} ${IMAGES_GLOB}`;
    const run = await detectOnce(file, ["--min-face", String(minFace)], images, command);
    const scored = await scoreRun(file, `detections-min${minFace}.json`);
    runs.push({
      settings: {
        minFace,
        factor: DEFAULT_MTCNN_CONFIG.scaleFactor,
        thresholds: DEFAULT_MTCNN_CONFIG.thresholds,
        backend,
        maxSide: "full size (the images are 1024 px wide)",
      },
      made: run.started.slice(0, 10),
      wallSeconds: run.wallSeconds,
      detectCommand: run.command,
      ...scored,
    });
    process.stderr.write(`min face ${minFace}: AP ${scored.overall.ap}, recall ${scored.overall.recall}\n`);
  }
  const record = {
    what: "MTCNN (facelab, original weights) on WIDER FACE training images, scored as the WIDER FACE toolbox does",
    detector: "mtcnn",
    data: DATA,
    training: {
      widerTrain: true,
      note: "Zhang et al. 2016 train face classification and box regression on WIDER FACE (training set): these 437 training images flatter it; WIDER FACE val would be the fair test",
    },
    protocol:
      "evaluation.m: scores normalised over the run, detections best first, each matched to its highest-IoU face (IoU ≥ 0.5, inclusive pixels); faces marked invalid ignored; 1000 thresholds; VOC all-point AP. Buckets scored as subsets (other faces ignored). Recall and precision are at the lowest threshold, i.e. every detection MTCNN returns at its own thresholds. The official easy/medium/hard subsets exist only for the validation set and are not computed.",
    sizeMeasure: SIZE_MEASURE,
    versions: versions(),
    runs,
  };
  await writeAtomic(out, new TextEncoder().encode(`${JSON.stringify(record, null, 1)}\n`));
  process.stderr.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`widerBaseline: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  process.exit(1);
});
