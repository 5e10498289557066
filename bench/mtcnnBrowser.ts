/**
 * `npm run bench:browser`: facelab's MTCNN against face-api.js's in headless Chromium — same page,
 * same tfjs backend (each that both can run), same photos (640×480 crops and the full-size photos
 * of ../shared/faces), same settings (min face 20, factor 0.709, thresholds 0.6/0.7/0.7), rounds
 * interleaved after a warm-up round each. Also the roofline inputs (facelab's stage times and FLOPs,
 * the backend's matmul GFLOP/s), facelab against itself for the batching ablation (wasm, webgl) and
 * with its WebGL programs on and off (webgl; BENCH_GL_KERNELS=0 skips it), and the embedder race
 * against @vladmandic/face-api in the page.
 * Writes bench/results/mtcnn-browser.json (BENCH_OUT names another file there, or an absolute path,
 * for a partial run such as BENCH_BACKENDS=cpu alongside another). Timings are reported, never asserted.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { ContenderRuns } from "../src/race/mtcnnRace.js";
import { summariseRace } from "../src/race/raceSummary.js";
import type { Box } from "../src/core/types.js";
import { ROOT, SHARED } from "../harness/paths.js";
import { startBench, type PhotoSpec } from "./browserSession.js";
import { machine, writeResult } from "./results.js";
import { rooflineRows, type RooflineRun } from "./roofline.js";

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
/**
 * Rounds per race on a backend: ROUNDS, but at most 3 on cpu and on webgl — without a GPU Chromium's
 * WebGL is SwiftShader, a software renderer, and a round of the 21 crops takes minutes there.
 */
const roundsOn = (backend: string) => (backend === "cpu" || backend === "webgl" ? Math.min(ROUNDS, 3) : ROUNDS);
/** The crops the batching ablation and the roofline use: the first 8 on software WebGL, all elsewhere. */
const ablationSet = (backend: string) => (backend === "webgl" ? "crop8" : "crop");
/** Backends the embedder race runs on (wasm by default: on software WebGL one race takes over 5 minutes). */
const EMBED_BACKENDS = (process.env.BENCH_EMBED_BACKENDS ?? "wasm").split(",");
// webgl last: it is by far the slowest here, and every finished step is saved as it ends.
const BACKENDS = (process.env.BENCH_BACKENDS ?? "wasm,cpu,webgl").split(",");
/** Which photo sets to race ("crop", "full"; "none" for only the ablation, roofline and embedder). */
const SETS = (process.env.BENCH_SETS ?? "crop,full").split(",").filter((s) => s && s !== "none");
/** How many photos (all by default): for quick runs. */
const LIMIT = Number(process.env.BENCH_LIMIT ?? Infinity);
if (!SHARED) throw new Error("bench: ../shared is missing (set FACELAB_SHARED): the photos, reference and face-api.js weights are there");
const shared = SHARED;

/** Every photo under ../shared/faces, by its key in the reference JSON (path relative to ../shared). */
const photos: PhotoSpec[] = readdirSync(path.join(shared, "faces"))
  .sort()
  .flatMap((d) =>
    readdirSync(path.join(shared, "faces", d))
      .filter((f) => f.endsWith(".jpg"))
      .sort()
      .map((f) => ({ name: `faces/${d}/${f}`, file: path.join(shared, "faces", d, f) })),
  )
  .slice(0, LIMIT);
const reference: Record<string, { width: number; height: number; faces: { box: Box }[] }> = JSON.parse(
  readFileSync(path.join(shared, "reference/mtcnn-reference.json"), "utf8"),
).images;
const refBoxes = photos.map((p) => reference[p.name]?.faces.map((f) => f.box) ?? []);
/**
 * The reference faces carried into the 640×480 crops (sharp's cover resize: scale to cover, centre
 * cut), kept when their centre is inside the crop and they are at least the 20-px minimum there.
 * An approximation of what the reference would find on the crop itself, good for recall at IoU ≥ 0.5.
 */
const cropRefBoxes: Box[][] = photos.map((p) => {
  const r = reference[p.name];
  if (!r) return [];
  const scale = Math.max(640 / r.width, 480 / r.height);
  const dx = (r.width * scale - 640) / 2,
    dy = (r.height * scale - 480) / 2;
  return r.faces
    .map((f): Box => [f.box[0] * scale - dx, f.box[1] * scale - dy, f.box[2] * scale - dx, f.box[3] * scale - dy])
    .filter((b) => {
      const cx = (b[0] + b[2]) / 2,
        cy = (b[1] + b[3]) / 2;
      return cx >= 0 && cx < 640 && cy >= 0 && cy < 480 && b[2] - b[0] >= 20;
    });
});
// Full-size photos on the cpu backend take tens of seconds each: there, only the ones up to 1 MP.
const small = (p: PhotoSpec) => {
  const r = reference[p.name];
  return r && r.width * r.height <= 1e6;
};

const session = await startBench(ROOT, path.join(shared, "peers/face-api-mtcnn"), {
  crop: { photos, crop: true },
  crop8: { photos: photos.slice(0, 8), crop: true },
  full: { photos, crop: false },
  fullSmall: { photos: photos.filter(small), crop: false },
});
const available = await session.call<string[]>("available");
console.error(`Chromium ${session.browserVersion}; facelab backends here: ${available.join(", ")}`);

type Race = { unavailable?: boolean; ours: ContenderRuns; theirs: ContenderRuns; tf: { facelab: string; peer: string } };
const races: object[] = [];
const roofline: object[] = [];
const embed: unknown[] = [];
const batching: object[] = [];
const glKernels: object[] = [];
for (const backend of BACKENDS) {
  if (!available.includes(backend)) {
    races.push({ backend, unavailable: "facelab's tfjs cannot start it in this Chromium" });
    continue;
  }
  // Full-size photos above 1 MP take minutes per round on the cpu backend and on Chromium's software
  // WebGL: by default the full-size race keeps the photos up to 1 MP (BENCH_FULL=all for every photo).
  const fullSet = process.env.BENCH_FULL === "all" && backend !== "cpu" ? "full" : "fullSmall";
  for (const set of SETS.map((s) => (s === "full" ? fullSet : s))) {
    const r = await session.call<Race>("mtcnnRace", backend, set, roundsOn(backend));
    if (r.unavailable) {
      races.push({ backend, set, unavailable: "face-api.js (tfjs-core 1.7) has no such backend registered" });
      continue;
    }
    const ref =
      set === "crop"
        ? cropRefBoxes
        : set === "full"
          ? refBoxes
          : photos
              .map((p, i) => ({ p, i }))
              .filter(({ p }) => small(p))
              .map(({ i }) => refBoxes[i]);
    const s = summariseRace(r.ours, r.theirs, ref);
    console.error(
      `${backend} ${set}: facelab ${s.facelab.medianMs.toFixed(1)} ms, face-api.js ${s.faceApi.medianMs.toFixed(1)} ms per image → ratio ${s.ratio.toFixed(2)}`,
    );
    races.push({ backend, set, photos: r.ours.runs[0].length, rounds: r.ours.runs.length, tf: r.tf, ...s, runs: { facelab: r.ours, faceApi: r.theirs } });
    save();
  }
  if (backend !== "cpu" && process.env.BENCH_BATCHING !== "0") {
    // The ablation for batchPlan: chunked vs whole batches, on the backends that compile per shape (webgl).
    const b = await session.call<{ chunked: ContenderRuns; whole: ContenderRuns }>("batching", backend, ablationSet(backend), Math.min(ROUNDS, 3));
    const s = summariseRace(b.chunked, b.whole);
    console.error(
      `${backend} batching: chunked ${s.facelab.medianMs.toFixed(1)} ms, whole ${s.faceApi.medianMs.toFixed(1)} ms per image → ratio ${s.ratio.toFixed(2)}`,
    );
    batching.push({
      backend,
      set: ablationSet(backend),
      chunkedMs: s.facelab.medianMs,
      wholeMs: s.faceApi.medianMs,
      ratio: s.ratio,
      agreement: s.agreement,
      chunked: b.chunked,
      whole: b.whole,
    });
    save();
  }
  if (backend === "webgl" && process.env.BENCH_GL_KERNELS !== "0") {
    // The ablation for facelab's WebGL programs (src/mtcnn/accelerators/glKernels.ts): on against tfjs's own kernels.
    const g = await session.call<{ programs: ContenderRuns; tfjs: ContenderRuns }>("glKernels", ablationSet(backend), Math.min(ROUNDS, 3));
    const s = summariseRace(g.programs, g.tfjs);
    console.error(
      `webgl programs: ${s.facelab.medianMs.toFixed(1)} ms, tfjs kernels ${s.faceApi.medianMs.toFixed(1)} ms per image → ratio ${s.ratio.toFixed(2)}`,
    );
    glKernels.push({
      backend,
      set: ablationSet(backend),
      programsMs: s.facelab.medianMs,
      tfjsMs: s.faceApi.medianMs,
      ratio: s.ratio,
      agreement: s.agreement,
      programs: g.programs,
      tfjs: g.tfjs,
    });
    save();
  }
  const rf = await session.call<RooflineRun>("roofline", backend, ablationSet(backend), 3);
  roofline.push({ backend, set: rf.set, matmul: rf.matmul, ...rooflineRows(rf) });
  save();
}
for (const backend of BACKENDS.filter((b) => EMBED_BACKENDS.includes(b) && available.includes(b))) {
  if (process.env.BENCH_EMBED !== "0") embed.push(await session.call("embed", backend, "crop", ROUNDS));
}
function save(): void {
  writeResult(process.env.BENCH_OUT ?? "mtcnn-browser.json", {
    machine: { ...machine(), chromium: session.browserVersion },
    settings: { minFaceSize: 20, scaleFactor: 0.709, thresholds: [0.6, 0.7, 0.7], matchIou: 0.5, rounds: ROUNDS },
    photoSets: {
      crop: "640×480 centre crops (cover) of ../shared/faces/*/*.jpg (recall against the reference faces mapped into the crop, centre inside, ≥ 20 px)",
      crop8: "the first 8 of those crops (webgl batching ablation and roofline)",
      full: "the same photos at full size",
      fullSmall: "the full-size photos up to 1 MP (16 of 21; BENCH_FULL=all races every photo on webgl)",
    },
    externalRequests: session.external,
    pageErrors: session.errors,
    races,
    batching,
    glKernels,
    roofline,
    embed,
  });
}
save();
await session.close();
