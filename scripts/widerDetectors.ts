/**
 * Every registered detector other than MTCNN (see scripts/widerBaseline.ts) measured on the same 437
 * WIDER FACE training images, scored by the same evaluation, written in the same schema as
 * data/wider/mtcnn-eval.json: data/wider/<name>-eval.json. Each record has two runs:
 *
 * - runs[0], the curve: detections kept above a low score (`--min-score`, default 0.05) so the PR
 *   curve and its AP cover the detector's whole range, not only what its default keeps;
 * - runs[1], the operating point (`settings.operating: true`): the detector at its own default score
 *   threshold, as an application would run it (recall, precision, recall per bucket).
 *
 * Then data/wider/detectors.json, one row per detector (MTCNN included, from its own record). No
 * timings: the runs share a busy machine; speed belongs in bench/.
 *
 *   node --import tsx scripts/widerDetectors.ts [--detector NAME …] [--min-score 0.05] [--work /tmp/wider-det]
 *
 * Detections are kept in the work folder (<name>.json and <name>-default.json, each with a .run.json)
 * and reused when present, so a re-run only re-scores.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { BLAZEFACE_CONFIG } from "../src/detect/blazeFace.js";
import { DETECTOR_NAMES, type DetectorName } from "../src/detect/detector.js";
import { DEFAULT_SSD_CONFIG } from "../src/detect/ssdMobilenetV1.js";
import { DEFAULT_TINY_CONFIG } from "../src/detect/tinyFaceDetector.js";
import { setupBackend } from "../src/node/setupBackend.js";
import { writeAtomic } from "../src/node/writeAtomic.js";
import { DATA, detectOnce, IMAGES_GLOB, scoreRun, SIZE_MEASURE, versions, widerImages } from "./widerRecord.js";
import { summaryRow, type WiderRecord } from "./widerSummary.js";

type Other = Exclude<DetectorName, "mtcnn">;
const OTHERS = DETECTOR_NAMES.filter((n): n is Other => n !== "mtcnn");

interface Model {
  title: string;
  settings: Record<string, number>;
  training: { widerTrain: boolean | null; note: string };
}

/** A BlazeFace variant's settings (BLAZEFACE_CONFIG) and training data. */
function blazeFace(v: "front" | "back" | "short" | "full"): Model {
  const { inputSize, scoreThreshold, iouThreshold, maxResults } = BLAZEFACE_CONFIG[v];
  return {
    title: `BlazeFace ${v === "short" || v === "full" ? `${v} range` : v} (MediaPipe)`,
    settings: { inputSize, scoreThreshold, iouThreshold, maxResults },
    training:
      v === "front" || v === "back"
        ? {
            widerTrain: false,
            note: `trained by Google on its own images (Bazarevsky et al. 2019), not WIDER FACE; the ${v} model only on faces filling more than ${v === "front" ? 20 : 5} % of the image`,
          }
        : { widerTrain: null, note: "MediaPipe's successor model; its training data (MediaPipe's model card) is not checked here" },
  };
}

/** Each detector's model settings (its defaults in src/detect) and what it was trained on. */
const MODELS: Record<Other, Model> = {
  "ssd-mobilenet-v1": {
    title: "SSD MobileNet v1 (face-api.js's weights, by yeephycho)",
    settings: { ...DEFAULT_SSD_CONFIG },
    training: {
      widerTrain: true,
      note: "trained on WIDER FACE train (yeephycho/tensorflow-face-detection): these 437 training images flatter it; WIDER FACE val would be the fair test",
    },
  },
  "tiny-face-detector": {
    title: "Tiny Face Detector (face-api.js)",
    // No cap on the faces returned (maxResults is Infinity, which JSON cannot hold).
    settings: { inputSize: DEFAULT_TINY_CONFIG.inputSize, scoreThreshold: DEFAULT_TINY_CONFIG.scoreThreshold, iouThreshold: DEFAULT_TINY_CONFIG.iouThreshold },
    training: {
      widerTrain: null,
      note: "trained on face-api.js's author's own ~14K labelled images (face-api.js README); whether WIDER FACE images are among them is not stated",
    },
  },
  "blazeface-front": blazeFace("front"),
  "blazeface-back": blazeFace("back"),
  "blazeface-short": blazeFace("short"),
  "blazeface-full": blazeFace("full"),
};

const { values } = parseArgs({
  options: { detector: { type: "string", multiple: true }, "min-score": { type: "string" }, work: { type: "string" }, data: { type: "string" } },
});
const names = (values.detector ?? OTHERS) as Other[];
const minScore = Number(values["min-score"] ?? "0.05");
const work = values.work ?? "/tmp/wider-det";
const dataDir = values.data ?? "data/wider";

/** Runs (or reuses) and scores detector `name` at the low threshold and at its default; writes its record. */
async function measure(name: Other, images: string[], backend: string): Promise<WiderRecord> {
  const model = MODELS[name];
  const runs = [];
  for (const operating of [false, true]) {
    const base = operating ? `${name}-default` : name;
    const flags = operating ? ["--detector", name] : ["--detector", name, "--min-score", String(minScore)];
    const file = path.join(work, `${base}.json`);
    const run = await detectOnce(file, flags, images, `facelab detect --json ${flags.join(" ")} ${IMAGES_GLOB}`);
    const scored = await scoreRun(file, `${base}.json`);
    runs.push({
      settings: {
        detector: name,
        ...model.settings,
        minScore: operating ? model.settings.scoreThreshold : minScore,
        operating,
        backend,
        maxSide: "full size (the image is resized to the network's input inside the detector)",
      },
      made: run.started.slice(0, 10),
      wallSeconds: run.wallSeconds,
      detectCommand: run.command,
      ...scored,
    });
    process.stderr.write(`${base}: AP ${scored.overall.ap}, recall ${scored.overall.recall}, precision ${scored.overall.precision}\n`);
  }
  const record = {
    what: `${model.title} on WIDER FACE training images, scored as the WIDER FACE toolbox does`,
    detector: name,
    data: DATA,
    training: model.training,
    protocol: `evaluation.m: scores normalised over the run, detections best first, each matched to its highest-IoU face (IoU ≥ 0.5, inclusive pixels); faces marked invalid ignored; 1000 thresholds; VOC all-point AP. Buckets scored as subsets (other faces ignored). runs[0] keeps every detection scoring above ${minScore} (below the model's default ${model.settings.scoreThreshold}) so the curve spans the detector's range; its recall and precision are at that low threshold. runs[1] is the detector at its default threshold (the operating point). The official easy/medium/hard subsets exist only for the validation set and are not computed.`,
    sizeMeasure: SIZE_MEASURE,
    versions: versions(),
    runs,
  };
  await writeAtomic(path.join(dataDir, `${name}-eval.json`), new TextEncoder().encode(`${JSON.stringify(record, null, 1)}\n`));
  return record;
}

/** The per-detector records, then the summary over every record in the data folder. */
async function main(): Promise<void> {
  const images = widerImages();
  const backend = await setupBackend("wasm"); // what the CLI's default picks on this machine
  for (const name of names) await measure(name, images, backend);
  const read = (name: string) => JSON.parse(readFileSync(path.join(dataDir, `${name}-eval.json`), "utf8")) as WiderRecord;
  const summary = {
    what: "Every facelab detector on the same 437 WIDER FACE training images, scored as the WIDER FACE toolbox does (IoU 0.5, all faces); one row per data/wider/<name>-eval.json",
    data: DATA,
    columns:
      "ap: of runs[0]'s curve (other detectors: every detection above curveMinScore; MTCNN: every detection at its own cascade thresholds, min face 20). recall, precision, recallBySize: at operatingScore, the detector's own default threshold (MTCNN: its cascade thresholds 0.6/0.7/0.7). widerTrain: trained on WIDER FACE train (true), not (false), not stated (null) — true flatters it on these training images.",
    rows: [summaryRow("mtcnn", read("mtcnn")), ...OTHERS.map((n) => summaryRow(n, read(n)))],
  };
  await writeAtomic(path.join(dataDir, "detectors.json"), new TextEncoder().encode(`${JSON.stringify(summary, null, 1)}\n`));
  process.stderr.write(`wrote ${names.length} records and ${dataDir}/detectors.json\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`widerDetectors: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  process.exit(1);
});
