/**
 * The roofline figures: each MTCNN stage's FLOPs (src/mtcnn/flops.ts, from the layer shapes) summed
 * over the photos, divided by the stage's summed median time, against the backend's measured matmul
 * GFLOP/s. A stage's time includes its bookkeeping and read-back (StageTimings), so this is the
 * rate the user gets, not the kernels' alone.
 */
import type { MtcnnFlops } from "../src/mtcnn/flops.js";
import type { MatmulRate } from "./matmul.js";

export interface RooflineRun {
  set: string;
  matmul: MatmulRate;
  rows: { name: string; flops: MtcnnFlops; ms: Record<"prepare" | "pnet" | "rnet" | "onet" | "total", number> }[];
}

const STAGES = ["pnet", "rnet", "onet"] as const;

/** GFLOP/s and % of the matmul roof per stage, totals over the photos. */
export function rooflineRows(run: RooflineRun) {
  const stages = Object.fromEntries(
    STAGES.map((s) => {
      const flops = run.rows.reduce((sum, r) => sum + r.flops[s], 0);
      const ms = run.rows.reduce((sum, r) => sum + r.ms[s], 0);
      const gflops = flops / (ms * 1e6);
      return [s, { gflop: flops / 1e9, ms, gflops, percentOfMatmul: (100 * gflops) / run.matmul.best }];
    }),
  );
  return { photos: run.rows.length, stages, perPhoto: run.rows };
}
