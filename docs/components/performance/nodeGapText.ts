// "On this machine, cpu takes 3.1 times as long as wasm: …" for the Node benchmark's two backends; "" with one.
import type { NodeRun } from "./nodeStageCharts.js";
import { msg } from "../i18n.js";

export function nodeGapText(runs: readonly NodeRun[]): string {
  if (runs.length < 2) return "";
  const [fast, slow] = runs;
  return msg.performance.nodeGap(slow.backend, (slow.stages.total.median / fast.stages.total.median).toFixed(1), fast.backend);
}
