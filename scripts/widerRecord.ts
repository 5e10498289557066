/**
 * What scripts/widerBaseline.ts (MTCNN) and scripts/widerDetectors.ts (every other detector) share:
 * the 437 WIDER FACE training images of ../shared/wider, running `facelab detect --json` once into a
 * work folder (reused when present), scoring a detection file with `facelab wider eval --json`, and
 * turning that result into the compact run record the pages read (PR curve thinned to ≤ 200 points,
 * figures rounded to 6 decimals). One place, so every detector's record has the same schema.
 */
import { execFile, spawn } from "node:child_process";
import { createWriteStream, existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, rename, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import * as tf from "@tensorflow/tfjs";

export const SHARED = "../shared/wider";
export const IMAGES = `${SHARED}/WIDER_train/images`;
export const ANNOTATIONS = `${SHARED}/wider_face_train_bbx_gt.txt`;
/** How the image list is written in a recorded command (the shell glob that gives the same files). */
export const IMAGES_GLOB = `${IMAGES}/{1--Handshaking,4--Dancing,19--Couple}/*.jpg`;

export const DATA = "WIDER FACE train, events 1--Handshaking, 4--Dancing, 19--Couple: all 437 annotated images of those events";
export const SIZE_MEASURE = "√(w·h) of the annotated box, in pixels of the original image";

/** How one detection file was made. */
export interface RunRecord {
  command: string;
  started: string;
  wallSeconds: number;
}

/** Every image of the three events, sorted. */
export function widerImages(): string[] {
  return readdirSync(IMAGES)
    .sort()
    .flatMap((event) =>
      readdirSync(path.join(IMAGES, event))
        .filter((f) => f.endsWith(".jpg"))
        .sort()
        .map((f) => `${IMAGES}/${event}/${f}`),
    );
}

/**
 * The detection JSON at `file`: reused with its `.run.json` when both exist, else made by running
 * `facelab detect --json <flags> <images>` (the CLI's default wasm backend). `command` is what the
 * record shows for it. Detections are written under a temporary name, so an interrupted run is redone.
 */
export async function detectOnce(file: string, flags: string[], images: string[], command: string): Promise<RunRecord> {
  const runFile = `${file.slice(0, -5)}.run.json`;
  if (existsSync(file) && existsSync(runFile)) return { command, ...JSON.parse(readFileSync(runFile, "utf8")) };
  process.stderr.write(`running ${command} (${images.length} images)…\n`);
  const started = new Date();
  await mkdir(path.dirname(file), { recursive: true });
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, ["bin/facelab.js", "detect", "--json", ...flags, ...images], { stdio: ["ignore", "pipe", "inherit"] });
    child.stdout.pipe(createWriteStream(`${file}.partial`));
    child.on("close", resolve);
  });
  if (code !== 0) throw new Error(`facelab detect exited with ${code}`);
  await rename(`${file}.partial`, file);
  const run = { command, started: started.toISOString(), wallSeconds: Math.round((Date.now() - started.getTime()) / 1000) };
  await writeFile(runFile, JSON.stringify(run));
  return run;
}

interface Point {
  threshold: number;
  score: number;
  precision: number;
  recall: number;
}

/** The curve without repeated (precision, recall) points, then evenly thinned to at most `max`. */
export function thin(curve: Point[], max = 200): Point[] {
  const distinct = curve.filter((p, i) => i === 0 || i === curve.length - 1 || p.precision !== curve[i - 1].precision || p.recall !== curve[i - 1].recall);
  if (distinct.length <= max) return distinct;
  return Array.from({ length: max }, (_, i) => distinct[Math.round((i * (distinct.length - 1)) / (max - 1))]);
}

export const r6 = (x: number | null) => (x === null ? null : Math.round(x * 1e6) / 1e6);
const version = (pkg: string) => JSON.parse(readFileSync(`node_modules/${pkg}/package.json`, "utf8")).version as string;

/** The versions a record was made with. */
export function versions() {
  return {
    facelab: JSON.parse(readFileSync("package.json", "utf8")).version as string,
    tfjs: tf.version.tfjs,
    tfjsBackendWasm: version("@tensorflow/tfjs-backend-wasm"),
    node: process.version,
  };
}

interface Score {
  faces: number;
  recalled: number;
  recall: number | null;
  precision: number | null;
  ap: number | null;
}

/**
 * `facelab wider eval --json` on `file`, as the record's scoring fields: the eval command as shown
 * (with `shownName` for the detection file), counts, score range, overall figures, thinned PR curve,
 * and every breakdown.
 */
export async function scoreRun(file: string, shownName: string) {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ["bin/facelab.js", "wider", "eval", "--detections", file, "--annotations", ANNOTATIONS, "--json"],
    {
      maxBuffer: 1 << 28,
    },
  );
  const e = JSON.parse(stdout);
  const score = (s: Score) => ({ ...s, recall: r6(s.recall), precision: r6(s.precision), ap: r6(s.ap) });
  return {
    evalCommand: `facelab wider eval --detections ${shownName} --annotations ${ANNOTATIONS} --json`,
    counts: { images: e.images, faces: e.faces, ignored: e.ignored, detections: e.detections, dropped: e.dropped, unscored: e.unscored },
    scoreRange: (e.scoreRange as number[]).map(r6),
    overall: score(e.overall),
    pr: thin(e.pr).map((p: Point) => ({ threshold: r6(p.threshold), score: r6(p.score), precision: r6(p.precision), recall: r6(p.recall) })),
    breakdowns: Object.fromEntries(Object.entries(e.breakdowns as Record<string, Score[]>).map(([k, bs]) => [k, bs.map(score)])),
  };
}
