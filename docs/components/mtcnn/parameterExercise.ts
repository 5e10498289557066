// "Try this": which O-Net layer holds the most parameters, and does it also do the most arithmetic?
// Answered from the layers counted on the loaded O-Net weights.
import type { NetLayer } from "facelab";
import { tryThis } from "../tryThis.js";
import { formatNumber as fmt, msg } from "../i18n.js";

const largest = (layers: readonly NetLayer[], key: "parameters" | "multiplyAdds") => layers.reduce((a, b) => (b[key] > a[key] ? b : a));

/** The exercise card for `onet`'s layers. */
export function parameterExercise(onet: readonly NetLayer[]): HTMLElement {
  const t = msg.mtcnn.parameters;
  const CHOICES = t.choices;
  return tryThis({
    id: "onet-parameters",
    question: t.question,
    action: t.action,
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
        explain: t.explain(
          most.name,
          fmt(most.parameters),
          fmt(total),
          pct(most.parameters, total),
          most.kind === "dense" ? t.dense(most.output[2], most.input.join("×"), fmt(most.input[0] * most.input[1] * most.input[2])) : "",
          pct(most.multiplyAdds, totalMacs),
          busiest.name,
          fmt(busiest.multiplyAdds),
          pct(busiest.multiplyAdds, totalMacs),
          `${busiest.output[0]}×${busiest.output[1]}`,
        ),
      };
    },
  });
}
