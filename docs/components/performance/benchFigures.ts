// The Performance page's figures, read off the benchmark JSON (bench/results/*.json, written by
// bench/mtcnnBrowser.ts, bench/mtcnn.ts and bench/embed.ts) into the bars of barChart.ts. Pure; only
// the fields the page shows are typed, and entries a benchmark marked `unavailable` are kept apart.
import type { Bar } from "./barChart.js";
import { msg } from "../i18n.js";

const t = msg.performance;

/** The part of a race summary (src/race/raceSummary.ts) the page shows. */
export interface RaceResult {
  backend: string;
  set: string;
  photos: number;
  rounds: number;
  tf: { facelab: string; peer: string };
  facelab: { medianMs: number; firstMs: number; warmupMedianMs: number; faces: number };
  faceApi: { medianMs: number; firstMs: number; warmupMedianMs: number; faces: number };
  ratio: number;
  agreement: { matched: number; facelabFaces: number; faceApiFaces: number; f1: number };
  recall?: { facelab: { matched: number; of: number }; faceApi: { matched: number; of: number } } | null;
}
/** A race or roofline the benchmark could not run, and why. */
export interface Unavailable {
  backend: string;
  set?: string;
  unavailable: string | true;
}
export interface RooflineResult {
  backend: string;
  set: string;
  photos: number;
  matmul: { n: number; best: number; kernel?: string; byKernel?: Record<string, number> };
  stages: Record<string, { gflop: number; ms: number; gflops: number; percentOfMatmul: number }>;
}
export interface EmbedStats {
  stats: Record<"oursSingle" | "theirsSingle" | "oursBatch" | "theirsBatch", { median: number }>;
  ratios: { single: number; batched: number };
  faces: number;
}

export const OURS = "facelab";
export const FACE_API = "face-api.js";
export const VLADMANDIC = "@vladmandic/face-api";
/** Series colours, shared by every chart on the page. */
export const COLOURS = { [OURS]: "#4269d0", [FACE_API]: "#ff725c", [VLADMANDIC]: "#efb118" };
/** Colours for charts whose series are backends (facelab alone, on each): none shared with COLOURS. */
export const BACKEND_COLOURS: Record<string, string> = { wasm: "#6cc5b0", cpu: "#a463f2", webgl: "#9c6b4e" };

/** '"640×480 crops": 640×480 centre crops of …; "full size": …' for the sets a result names (the benchmark's own notes name its files and settings). */
export const photoSetsText = (sets: readonly string[]) => sets.map((k) => t.setEntry(t.sets[k] ?? k, t.setText[k] ?? t.otherSet)).join(t.setSep);

/** "webgl · 640×480 crops": a race's backend and photo set. */
export const raceName = (r: { backend: string; set?: string }) => [r.backend, r.set && (t.sets[r.set] ?? r.set)].filter(Boolean).join(" · ");

export const ms = (x: number) => (x >= 100 ? `${x.toFixed(0)} ms` : `${x.toFixed(1)} ms`);
export const times = (x: number) => `${x.toFixed(2)}×`;
export const seconds = (x: number) => `${(x / 1000).toFixed(2)} s`; // x in ms

/** Races run, and races the benchmark reported as unavailable. */
export function splitRaces(races: readonly (RaceResult | Unavailable)[]): { done: RaceResult[]; skipped: Unavailable[] } {
  const skipped = races.filter((r): r is Unavailable => "unavailable" in r && !!r.unavailable);
  return { done: races.filter((r): r is RaceResult => !("unavailable" in r && r.unavailable)), skipped };
}

/** Median ms per image, facelab and face-api.js, per race. */
export const medianBars = (races: readonly RaceResult[]): Bar[] =>
  races.flatMap((r) => [
    { group: raceName(r), series: OURS, value: r.facelab.medianMs, label: ms(r.facelab.medianMs) },
    { group: raceName(r), series: FACE_API, value: r.faceApi.medianMs, label: ms(r.faceApi.medianMs) },
  ]);

/** facelab's time over face-api.js's, per race. */
export const ratioBars = (races: readonly RaceResult[]): Bar[] =>
  races.map((r) => ({ group: raceName(r), series: OURS, value: r.ratio, label: times(r.ratio) }));

/** The very first detection of each library, per race (weights to the backend, kernels compiled). */
export const firstCallBars = (races: readonly RaceResult[]): Bar[] =>
  races.flatMap((r) => [
    { group: raceName(r), series: OURS, value: r.facelab.firstMs, label: ms(r.facelab.firstMs) },
    { group: raceName(r), series: FACE_API, value: r.faceApi.firstMs, label: ms(r.faceApi.firstMs) },
  ]);

/** Achieved GFLOP/s per MTCNN stage of one roofline run (the roof is drawn as a rule). */
export const rooflineBars = (run: RooflineResult): Bar[] =>
  Object.entries(run.stages).map(([stage, s]) => ({
    group: stageName(stage),
    series: OURS,
    value: s.gflops,
    label: t.rooflineLabel(s.gflops.toFixed(2), s.percentOfMatmul.toFixed(0)),
  }));

/** ms per face, one at a time and batched, for both embedders. */
export const embedBars = (e: EmbedStats): Bar[] =>
  [
    { group: t.oneAtATime, series: OURS, value: e.stats.oursSingle.median },
    { group: t.oneAtATime, series: VLADMANDIC, value: e.stats.theirsSingle.median },
    { group: t.oneBatch, series: OURS, value: e.stats.oursBatch.median },
    { group: t.oneBatch, series: VLADMANDIC, value: e.stats.theirsBatch.median },
  ].map((b) => ({ ...b, label: ms(b.value) }));

export const stageName = (stage: string) => t.stages[stage] ?? stage;

/** Median ms per image of each MTCNN stage, for one backend of the Node benchmark. */
export const stageBars = (stages: Record<string, { median: number }>, backend: string): Bar[] =>
  Object.keys(t.stages)
    .filter((s) => stages[s])
    .map((s) => ({ group: stageName(s), series: backend, value: stages[s].median, label: ms(stages[s].median) }));
