// Parameters and arithmetic of the three networks, as a small table: per input at each net's own
// size, and P-Net on the page's pyramid level. Counted from the loaded weights (netArchitectures).
import { netTotals, type NetLayer } from "facelab";
import type { NetArchitectures } from "./netArchitectures.js";
import { formatNumber as fmt, msg } from "../i18n.js";

const dims = (l: readonly NetLayer[]) => `${l[0].input[1]}×${l[0].input[0]}`; // width × height, as photos are measured

/** One table row; `data-*` attributes carry the raw counts for tests. */
function row(name: string, input: string, layers: readonly NetLayer[]): HTMLTableRowElement {
  const { parameters, multiplyAdds } = netTotals(layers);
  const tr = document.createElement("tr");
  tr.dataset.net = name;
  tr.dataset.parameters = String(parameters);
  tr.dataset.multiplyAdds = String(multiplyAdds);
  for (const text of [name, input, fmt(parameters), fmt(multiplyAdds), fmt(2 * multiplyAdds)]) {
    const td = document.createElement("td");
    td.textContent = text;
    tr.append(td);
  }
  return tr;
}

/** The table for `arch`; the level row is present when P-Net has a level. */
export function netCountTable(arch: NetArchitectures): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "net-counts";
  const head = table.createTHead().insertRow();
  for (const text of msg.mtcnn.countHeaders) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = text;
    head.append(th);
  }
  const body = table.createTBody();
  body.append(row("P-Net", `${dims(arch.pnet)} (${msg.mtcnn.oneWindow})`, arch.pnet));
  if (arch.level) body.append(row("P-Net", `${dims(arch.level)} (${msg.mtcnn.thisLevel})`, arch.level));
  body.append(row("R-Net", dims(arch.rnet), arch.rnet), row("O-Net", dims(arch.onet), arch.onet));
  return table;
}
