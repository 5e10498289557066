// A table of text: a header row and body rows, every cell set as text (never parsed as HTML).

/** `<table class={className}>` with `head` in its `<thead>` and `rows` in its `<tbody>`. */
export function textTable(className: string, head: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLTableElement {
  const table = Object.assign(document.createElement("table"), { className });
  const row = (section: HTMLTableSectionElement, cells: readonly (string | number)[], tag: string) =>
    section.insertRow().append(...cells.map((c) => Object.assign(document.createElement(tag), { textContent: String(c) })));
  row(table.createTHead(), head, "th");
  for (const th of table.tHead?.querySelectorAll("th") ?? []) th.scope = "col"; // screen readers read each cell with its column
  const body = table.createTBody();
  for (const cells of rows) row(body, cells, "td");
  return table;
}
