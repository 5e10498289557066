// Cold load, read off bench/results/cold-load.json (bench/coldLoad.ts): the MTCNN page from a fresh
// browser context (empty cache) and from a reload right after, each milestone in ms after navigation
// start, medians over the runs; requests and bytes until the first detection. Pure.
import type { Bar } from "./barChart.js";
import { seconds } from "./benchFigures.js";
import { msg } from "../i18n.js";

interface Spread {
  median: number;
  min: number;
  max: number;
}
/** One phase (cold or warm): each milestone's spread, null where the page set no such mark. */
export interface LoadPhase {
  ms: Record<string, Spread | null>;
  network: Record<"requests" | "fromCache" | "bytes", Spread>;
}
export interface ColdLoad {
  runs: number;
  page: string;
  cold: LoadPhase;
  warm: LoadPhase;
  ratios: { warmOverColdFirstDetection: number };
}

export const COLD = msg.performance.seriesCold;
export const WARM = msg.performance.seriesWarm;
export const LOAD_COLOURS = { [COLD]: "#97bbf5", [WARM]: "#ff8ab7" };

/** The milestones in the order a load passes them, as bench/coldLoad.ts names them. */
const MILESTONES = msg.performance.milestones;

/** Median seconds after navigation start of each milestone both phases reached, cold and warm. */
export const coldLoadBars = (r: ColdLoad): Bar[] =>
  Object.entries(MILESTONES)
    .filter(([k]) => r.cold.ms[k] && r.warm.ms[k])
    .flatMap(([k, name]) => [
      { group: name, series: COLD, value: r.cold.ms[k]!.median / 1000, label: seconds(r.cold.ms[k]!.median) },
      { group: name, series: WARM, value: r.warm.ms[k]!.median / 1000, label: seconds(r.warm.ms[k]!.median) },
    ]);

/** "3.2 MiB", "41 KiB", "512 B". */
export function bytes(n: number): string {
  if (n >= 2 ** 20) return `${(n / 2 ** 20).toFixed(1)} MiB`;
  if (n >= 2 ** 10) return `${(n / 2 ** 10).toFixed(0)} KiB`;
  return `${Math.round(n)} B`;
}
