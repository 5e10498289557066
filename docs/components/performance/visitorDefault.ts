// What a visitor gets by default, read off bench/results/mtcnn-browser.json: facelab on wasm (the
// backend its pages start on in a browser) beside face-api.js on each backend it raced, on the
// 640×480 crops. NOT a same-backend race — face-api.js 0.22 carries tfjs-core 1.7, which has no wasm
// backend — so the two figures come from different runs of the same benchmark, and are compared only
// when they cover the same number of the same photos. Pure.
import { median } from "facelab";
import type { Bar } from "./barChart.js";
import { FACE_API, ms, OURS, type RaceResult } from "./benchFigures.js";
import { batchingDone, type BatchingResult } from "./batchingBars.js";
import { msg } from "../i18n.js";

/** facelab's wasm ms per photo, and which part of the benchmark it was read from. */
export interface WasmFigure {
  medianMs: number;
  photos: number;
  /** "batching": the `whole` side of the wasm batching ablation; "roofline": the wasm roofline traces. */
  source: "batching" | "roofline";
}
interface Browser {
  batching?: (BatchingResult & { whole?: { runs: number[][] } })[];
  roofline?: { backend: string; set: string; unavailable?: unknown; perPhoto?: { ms: { total: number } }[] }[];
}

/**
 * facelab on wasm, on the crops. First choice: the batching ablation's `whole` runs, which are what
 * `batching: "auto"` does on wasm, timed exactly as the races are (warm-up apart, interleaved rounds,
 * median over photos and rounds). Else the roofline's traces: each photo's median total over 3 traces
 * after a warm-up, and the median of those. Null when neither ran.
 */
export function facelabWasm(browser: Browser): WasmFigure | null {
  const from = facelabWasmRow(browser);
  if (from?.source === "batching") return { medianMs: from.row.wholeMs, photos: from.row.whole?.runs[0]?.length ?? NaN, source: "batching" };
  if (from?.source === "roofline")
    return { medianMs: median(from.row.perPhoto!.map((p) => p.ms.total)), photos: from.row.perPhoto!.length, source: "roofline" };
  return null;
}

/** The result row `facelabWasm` reads (for the page's "measured on" line), or null. */
export function facelabWasmRow(
  browser: Browser,
): { source: "batching"; row: NonNullable<Browser["batching"]>[number] } | { source: "roofline"; row: NonNullable<Browser["roofline"]>[number] } | null {
  const b = batchingDone(browser.batching ?? []).find((r) => r.backend === "wasm" && r.set === "crop");
  if (b) return { source: "batching", row: b };
  const rf = (browser.roofline ?? []).find((r) => r.backend === "wasm" && r.set === "crop" && !r.unavailable && r.perPhoto?.length);
  return rf ? { source: "roofline", row: rf } : null;
}

/** face-api.js's crop races, fastest first. */
export const faceApiCropRaces = (races: readonly RaceResult[]): RaceResult[] =>
  races.filter((r) => r.set === "crop").sort((a, b) => a.faceApi.medianMs - b.faceApi.medianMs);

/** One bar for facelab on wasm, one per face-api.js backend (the fastest first). */
export const visitorBars = (wasm: WasmFigure, races: readonly RaceResult[]): Bar[] => [
  { group: msg.performance.visitorOurs, series: OURS, value: wasm.medianMs, label: ms(wasm.medianMs) },
  ...races.map((r, i) => ({
    group: msg.performance.visitorTheirs(r.backend, i === 0),
    series: FACE_API,
    value: r.faceApi.medianMs,
    label: ms(r.faceApi.medianMs),
  })),
];
