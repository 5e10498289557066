/**
 * `npm run bench:detectors`: ms per image of every face detector facelab registers, on the same WIDER
 * FACE training images (the first BENCH_IMAGES of the 437 the SRN page measures), same tfjs backend
 * (wasm), one Node process: one warm-up pass, then rounds in which every detector detects every image,
 * the order rotating each round. The ratio to MTCNN (min face 20, full-size 1024 px images) is taken
 * within each round, since the machine is shared and absolute times drift. Each detector at its default
 * score threshold, as it would run in an application. Writes bench/results/detectors.json.
 */
import { readdirSync } from "node:fs";
import path from "node:path";
import type { Pixels } from "../src/core/types.js";
import { DETECTOR_NAMES, type Detector, type DetectorName } from "../src/detect/detector.js";
import { median } from "../src/math/statistics.js";
import { loadDetectorNamed } from "../src/node/loadDetector.js";
import { loadImage } from "../src/node/loadImage.js";
import { SHARED } from "../harness/paths.js";
import { machine, writeResult } from "./results.js";
import { spread } from "./stats.js";

const ROUNDS = Number(process.env.BENCH_REPS ?? 5);
const IMAGES = Number(process.env.BENCH_IMAGES ?? 12);
if (!SHARED) throw new Error("bench:detectors needs ../shared/wider (the WIDER FACE images)");
const ROOT = path.join(SHARED, "wider/WIDER_train/images");

const files = readdirSync(ROOT)
  .sort()
  .flatMap((event) =>
    readdirSync(path.join(ROOT, event))
      .filter((f) => f.endsWith(".jpg"))
      .sort()
      .map((f) => path.join(ROOT, event, f)),
  );
// Evenly spread over the three events' sorted list, so each event is represented.
const picked = Array.from({ length: IMAGES }, (_, i) => files[Math.floor((i * files.length) / IMAGES)]);
const images: Pixels[] = [];
for (const f of picked) images.push(await loadImage(f, path.basename(f)));

const detectors = new Map<DetectorName, Detector>();
for (const name of DETECTOR_NAMES) detectors.set(name, await loadDetectorNamed(name, "wasm"));
const names = [...detectors.keys()];
const timeOne = async (name: DetectorName) => {
  const d = detectors.get(name) as Detector;
  const t0 = performance.now();
  for (const pixels of images) await d.detect(pixels, { maxPixels: Number.POSITIVE_INFINITY });
  return (performance.now() - t0) / images.length;
};
const warmup = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await timeOne(n)])));
const runs = Object.fromEntries(names.map((n) => [n, [] as number[]])) as Record<DetectorName, number[]>;
for (let r = 0; r < ROUNDS; r++) {
  // Rotate the order so no detector always runs first (or right after the heaviest).
  for (let k = 0; k < names.length; k++) {
    const n = names[(r + k) % names.length];
    runs[n].push(await timeOne(n));
  }
}
const perDetector = names.map((n) => ({
  detector: n,
  msPerImage: spread(runs[n]),
  // Within-round ratio: this detector's time over MTCNN's in the same round.
  ratioToMtcnn: median(runs[n].map((t, r) => t / runs.mtcnn[r])),
  firstPassMsPerImage: warmup[n],
}));
console.log(`${IMAGES} WIDER FACE training images (${images[0].width} px wide), wasm, ${ROUNDS} interleaved rounds; median ms per image`);
for (const p of perDetector) console.log(`${p.detector.padEnd(20)} ${p.msPerImage.median.toFixed(1).padStart(8)} ms  ×${p.ratioToMtcnn.toFixed(3)} MTCNN`);
writeResult("detectors.json", {
  machine: machine(),
  backend: "wasm",
  images: picked.map((f) => path.relative(ROOT, f)),
  rounds: ROUNDS,
  detectors: perDetector,
  runs,
});
for (const d of detectors.values()) d.dispose();
