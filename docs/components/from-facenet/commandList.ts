// The embed command behind each ablation variant, as recorded in its settings.json (older variants,
// made before commands were recorded, say so).
import { msg } from "../i18n.js";
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
    command.textContent = r.embedCommand ?? msg.fromFacenet.commandNotRecorded;
    item.append(`${r.variant} (${r.made ?? msg.fromFacenet.dateNotRecorded}): `, command);
    list.append(item);
  }
  return list;
}
