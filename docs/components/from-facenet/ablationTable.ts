// The measured LFW ablations as a plain table: one line per embedding variant and metric, View 2's
// 10-fold accuracy ± std and VAL where all its pairs were embedded, and the dev-test yardstick.
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { type AblationRow, variantLabel } from "./variantLabel.js";

const cell = (tag: "td" | "th", text: string) => Object.assign(document.createElement(tag), { textContent: text });

/** `<table>` of `rows` (data/lfw/ablations.json), in file order. */
export function ablationTable(rows: readonly AblationRow[]): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "ablation-table";
  const head = table.createTHead().insertRow();
  const t = msg.fromFacenet;
  for (const h of [t.colVariant, t.colMetric, t.colView2, t.colVal, t.colDevTest, t.colMade]) {
    const th = cell("th", h);
    th.scope = "col";
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    const name = cell("th", variantLabel(r));
    name.scope = "row";
    tr.append(
      name,
      cell("td", msg.lfw.metrics[r.metric] ?? r.metric),
      cell("td", r.view2 ? `${pct(r.view2.accuracy, 2)} ± ${pct(r.view2.std, 2)}` : t.notRun),
      cell("td", r.view2 ? pct(r.view2.val, 1) : "—"),
      cell("td", r.devTestBestThreshold === null ? "—" : pct(r.devTestBestThreshold, 1)),
      cell("td", r.made ?? "—"),
    );
  }
  return table;
}
