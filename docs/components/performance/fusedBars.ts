// What fusing bought, read off bench/results/fused-layers.json (bench/fusedLayers.ts): every MTCNN
// layer run as one fused kernel (conv or matmul with bias and PReLU) and as three ops, on each Node
// backend. The bars are ratios, not milliseconds: P-Net's first conv takes a hundred times as long as
// R-Net's dense layer, and only a ratio puts them on one scale. Pure.
import type { Bar } from "./barChart.js";
import { times } from "./benchFigures.js";
import { msg } from "../i18n.js";

/** One layer's medians on one backend. */
export interface FusedRow {
  net: string;
  layer: string;
  fusedMs: number;
  separateMs: number;
  /** fusedMs ÷ separateMs: below 1, fusing saved time. */
  ratio: number;
  /** cpu only: facelab's own loops (src/mtcnn/accelerators/jsKernels.ts) and their time ÷ tfjs's fused kernel. */
  jsMs?: number;
  jsRatio?: number;
}
export interface FusedRun {
  backend: string;
  reps: number;
  rows: FusedRow[];
  /** The layers' medians summed per net, and the ratio of the sums. */
  byNet: Record<string, { fusedMs: number; separateMs: number; ratio: number; jsMs?: number; jsRatio?: number }>;
}

const NETS: Record<string, string> = { pnet: "P-Net", rnet: "R-Net", onet: "O-Net" };
export const netName = (net: string) => NETS[net] ?? net;

/** Per net, fused ÷ separate time of its layers summed, one bar per backend. */
export const fusedNetBars = (runs: readonly FusedRun[]): Bar[] =>
  runs.flatMap((run) => Object.entries(run.byNet).map(([net, s]) => ({ group: netName(net), series: run.backend, value: s.ratio, label: times(s.ratio) })));

/** Per layer, fused ÷ separate time, one bar per backend. */
export const fusedLayerBars = (runs: readonly FusedRun[]): Bar[] =>
  runs.flatMap((run) => run.rows.map((r) => ({ group: `${netName(r.net)} · ${r.layer}`, series: run.backend, value: r.ratio, label: times(r.ratio) })));

/** The runs that raced facelab's own loops against tfjs's fused kernels (the cpu backend). */
export const loopRuns = (runs: readonly FusedRun[]): FusedRun[] => runs.filter((run) => run.rows.some((r) => r.jsRatio !== undefined));

/** Per net and per layer, facelab's loops ÷ tfjs's fused kernel, on the runs that measured it. */
export const loopBars = (runs: readonly FusedRun[]): Bar[] =>
  loopRuns(runs).flatMap((run) => [
    ...Object.entries(run.byNet)
      .filter(([, s]) => s.jsRatio !== undefined)
      .map(([net, s]) => ({ group: msg.performance.allLayers(netName(net)), series: run.backend, value: s.jsRatio!, label: times(s.jsRatio!) })),
    ...run.rows
      .filter((r) => r.jsRatio !== undefined)
      .map((r) => ({ group: `${netName(r.net)} · ${r.layer}`, series: run.backend, value: r.jsRatio!, label: times(r.jsRatio!) })),
  ]);
