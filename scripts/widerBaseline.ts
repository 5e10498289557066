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
 * wall time) and reused when present, so a re-run only re-scores. Progress goes to stderr.
 */
import { execFile, spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import * as tf from "@tensorflow/tfjs";
import { DEFAULT_MTCNN_CONFIG } from "../src/mtcnn/options.js";
import { setupBackend } from "../src/node/setupBackend.js";
import { writeAtomic } from "../src/node/writeAtomic.js";

const SHARED = "../shared/wider";
const IMAGES = `${SHARED}/WIDER_train/images`;
const ANNOTATIONS = `${SHARED}/wider_face_train_bbx_gt.txt`;
const { values } = parseArgs({ options: { "min-face": { type: "string", multiple: true }, work: { type: "string" }, out: { type: "string" } } });
const minFaces = (values["min-face"] ?? ["20"]).map(Number);
const work = values.work ?? "/tmp/wider-baseline";
const out = values.out ?? "data/wider/mtcnn-eval.json";

interface RunRecord {
  command: string;
  started: string;
  wallSeconds: number;
}

/** The detection JSON for `minFace`: reused, or made by the CLI (the default wasm backend). */
async function detections(minFace: number, images: string[]): Promise<{ file: string; run: RunRecord }> {
  const file = path.join(work, `detections-min${minFace}.json`);
  const runFile = `${file.slice(0, -5)}.run.json`;
  if (existsSync(file) && existsSync(runFile)) return { file, run: JSON.parse(readFileSync(runFile, "utf8")) };
  const args = ["bin/facelab.js", "detect", "--json", "--min-face", String(minFace), ...images];
  const command = `facelab detect --json --min-face ${minFace} ${IMAGES}/{1--Handshaking,4--Dancing,19--Couple}/*.jpg`;
  process.stderr.write(`running ${command} (${images.length} images)…\n`);
  const started = new Date();
  await mkdir(work, { recursive: true });
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, args, { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.pipe(createWriteStream(`${file}.partial`));
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`facelab detect exited with ${code}`);
  await rename(`${file}.partial`, file);
  const run = { command, started: started.toISOString(), wallSeconds: Math.round((Date.now() - started.getTime()) / 1000) };
  await writeFile(runFile, JSON.stringify(run));
  return { file, run };
}

interface Point {
  threshold: number;
  score: number;
  precision: number;
  recall: number;
}

/** The curve without repeated (precision, recall) points, then evenly thinned to at most `max`. */
function thin(curve: Point[], max = 200): Point[] {
  const distinct = curve.filter((p, i) => i === 0 || i === curve.length - 1 || p.precision !== curve[i - 1].precision || p.recall !== curve[i - 1].recall);
  if (distinct.length <= max) return distinct;
  return Array.from({ length: max }, (_, i) => distinct[Math.round((i * (distinct.length - 1)) / (max - 1))]);
}

const r6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")).version as string;

/** Runs and scores every requested minimum face size, then writes the record. */
async function main(): Promise<void> {
  const images = readdirSync(IMAGES)
    .sort()
    .flatMap((event) =>
      readdirSync(path.join(IMAGES, event))
        .filter((f) => f.endsWith(".jpg"))
        .sort()
        .map((f) => `${IMAGES}/${event}/${f}`),
    );
  const backend = await setupBackend("wasm"); // what the CLI's default picks on this machine
  const runs = [];
  for (const minFace of minFaces) {
    const { file, run } = await detections(minFace, images);
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ["bin/facelab.js", "wider", "eval", "--detections", file, "--annotations", ANNOTATIONS, "--json"],
      { maxBuffer: 1 << 28 },
    );
    const e = JSON.parse(stdout);
    const score = (s: { faces: number; recalled: number; recall: number | null; precision: number | null; ap: number | null }) => ({
      ...s,
      recall: r6(s.recall),
      precision: r6(s.precision),
      ap: r6(s.ap),
    });
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
      evalCommand: `facelab wider eval --detections detections-min${minFace}.json --annotations ${ANNOTATIONS} --json`,
      counts: { images: e.images, faces: e.faces, ignored: e.ignored, detections: e.detections, dropped: e.dropped, unscored: e.unscored },
      scoreRange: e.scoreRange.map(r6),
      overall: score(e.overall),
      pr: thin(e.pr).map((p: Point) => ({ threshold: r6(p.threshold), score: r6(p.score), precision: r6(p.precision), recall: r6(p.recall) })),
      breakdowns: Object.fromEntries(
        Object.entries(e.breakdowns as Record<string, { label: string }[]>).map(([k, bs]) => [k, bs.map((b) => score(b as never))]),
      ),
    });
    process.stderr.write(`min face ${minFace}: AP ${e.overall.ap.toFixed(3)}, recall ${e.overall.recall.toFixed(3)}\n`);
  }
  const record = {
    what: "MTCNN (facelab, original weights) on WIDER FACE training images, scored as the WIDER FACE toolbox does",
    data: `WIDER FACE train, events 1--Handshaking, 4--Dancing, 19--Couple: all ${images.length} annotated images of those events`,
    protocol:
      "evaluation.m: scores normalised over the run, detections best first, each matched to its highest-IoU face (IoU ≥ 0.5, inclusive pixels); faces marked invalid ignored; 1000 thresholds; VOC all-point AP. Buckets scored as subsets (other faces ignored). Recall and precision are at the lowest threshold, i.e. every detection MTCNN returns at its own thresholds. The official easy/medium/hard subsets exist only for the validation set and are not computed.",
    sizeMeasure: "√(w·h) of the annotated box, in pixels of the original image",
    versions: {
      facelab: JSON.parse(readFileSync("package.json", "utf8")).version as string,
      tfjs: tf.version.tfjs,
      tfjsBackendWasm: version("@tensorflow/tfjs-backend-wasm"),
      node: process.version,
    },
    runs,
  };
  await writeAtomic(out, new TextEncoder().encode(`${JSON.stringify(record, null, 1)}\n`));
  process.stderr.write(`wrote ${out}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`widerBaseline: ${err instanceof Error ? err.message.split("\n")[0] : String(err)}\n`);
  process.exit(1);
});
