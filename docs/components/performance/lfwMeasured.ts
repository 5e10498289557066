// The LFW throughput run's "measured on" line: backend, sample, rounds, the machine's load before the
// run and its cores; the "not measured yet" note while bench/results/lfw-throughput.json is missing.
import type { LfwThroughput } from "./lfwBars.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

type Lfw = LfwThroughput & Parameters<typeof measuredLine>[0] & { machine: { loadAverage?: { before: number[] } } };

export function lfwMeasured(lfw: Lfw | null): HTMLElement {
  const t = msg.performance;
  if (!lfw) return notYet(t.notYetWhat.lfw, "npm run bench:lfw");
  const load = lfw.machine.loadAverage?.before[0].toFixed(1) ?? "?";
  return measuredLine(lfw, null, t.lfwRun(lfw.backend, lfw.sample.images, lfw.rounds, load, lfw.machine.availableParallelism ?? "?"));
}
