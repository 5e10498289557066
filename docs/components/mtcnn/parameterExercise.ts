// "Try this": which O-Net layer holds the most parameters, and does it also do the most arithmetic?
// Answered from the layers counted on the loaded O-Net weights.
import type { NetLayer } from "facelab";
import { tryThis } from "../tryThis.js";

const CHOICES = ["conv1", "conv2", "conv5 (the dense layer)", "the three heads"];

const fmt = (n: number) => n.toLocaleString("en-US");
const largest = (layers: readonly NetLayer[], key: "parameters" | "multiplyAdds") => layers.reduce((a, b) => (b[key] > a[key] ? b : a));

/** The exercise card for `onet`'s layers. */
export function parameterExercise(onet: readonly NetLayer[]): HTMLElement {
  return tryThis({
    id: "onet-parameters",
    question: "Which of O-Net's layers holds the most parameters?",
    action: "Choose O-Net and compare the layers' parameter counts in the diagram; then look at their multiply-adds.",
    choices: CHOICES,
    check: () => {
      const total = onet.reduce((s, l) => s + l.parameters, 0);
      const totalMacs = onet.reduce((s, l) => s + l.multiplyAdds, 0);
      const most = largest(onet, "parameters");
      const busiest = largest(onet, "multiplyAdds");
      const choice = most.head ? CHOICES[3] : (CHOICES.find((c) => c.split(" ")[0] === most.name) ?? most.name);
      const pct = (a: number, b: number) => `${Math.round((100 * a) / b)} %`;
      return {
        choice,
        explain: `${most.name} holds ${fmt(most.parameters)} of O-Net's ${fmt(total)} parameters (${pct(most.parameters, total)})${most.kind === "dense" ? `: each of its ${most.output[2]} units has a weight for every one of the ${most.input.join("×")} = ${fmt(most.input[0] * most.input[1] * most.input[2])} values it reads` : ""}. Yet it does only ${pct(most.multiplyAdds, totalMacs)} of the multiply-adds — ${busiest.name} does the most (${fmt(busiest.multiplyAdds)}, ${pct(busiest.multiplyAdds, totalMacs)}), because its few 3×3 kernels are applied at every one of ${busiest.output[0]}×${busiest.output[1]} positions. Dense layers cost memory, early convolutions cost time.`,
      };
    },
  });
}
