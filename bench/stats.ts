/** Median, min and max of a benchmark's runs: the summary every bench/results/*.json reports. */
import { median } from "../src/math/statistics.js";

export interface Spread {
  median: number;
  min: number;
  max: number;
}

export function spread(xs: readonly number[]): Spread {
  return { median: median(xs), min: Math.min(...xs), max: Math.max(...xs) };
}
