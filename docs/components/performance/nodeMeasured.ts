// The Node MTCNN benchmark's "measured on" line with its photos and repetitions; the "not measured
// yet" note while bench/results/mtcnn-node.json is missing.
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

type NodeResult = Parameters<typeof measuredLine>[0] & { results?: { images: number; reps: number }[] };

export function nodeMeasured(node: NodeResult | null): HTMLElement {
  const t = msg.performance;
  if (!node) return notYet(t.notYetWhat.mtcnnNode, "npm run bench:mtcnn");
  const first = node.results?.[0];
  return measuredLine(node, null, first ? t.nodeReps(first.images, first.reps) : undefined);
}
