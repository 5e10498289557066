// The LFW results table: a plain HTML table whose text wraps (the "source" column says where each
// figure comes from, and must stay readable at any width, without horizontal scrolling).

export interface ResultRow {
  model: string;
  accuracy: string;
  val: string;
  /** Live, precomputed (how, when) or quoted (where from). */
  source: string;
}

/** The rows as a wrapping table. */
export function resultsTable(rows: readonly ResultRow[]): HTMLTableElement {
  const table = document.createElement("table");
  table.className = "results-table";
  const head = table.createTHead().insertRow();
  for (const title of ["model", "accuracy", "VAL@FAR=10⁻³", "source"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = title;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of rows) {
    const tr = body.insertRow();
    for (const text of [r.model, r.accuracy, r.val, r.source]) tr.insertCell().textContent = text;
  }
  return table;
}
