// The embed command behind each ablation variant, as recorded in its settings.json (older variants,
// made before commands were recorded, say so).
import type { AblationRow } from "./variantLabel.js";

/** `<ul>`: one item per variant (first row of each), its date and its command in `<code>`. */
export function commandList(rows: readonly AblationRow[]): HTMLUListElement {
  const list = document.createElement("ul");
  list.className = "command-list";
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r.variant)) continue;
    seen.add(r.variant);
    const item = document.createElement("li");
    const command = document.createElement("code");
    command.textContent = r.embedCommand ?? "facelab lfw embed (command not recorded; see the project's data/README.md)";
    item.append(`${r.variant} (${r.made ?? "date not recorded"}): `, command);
    list.append(item);
  }
  return list;
}
