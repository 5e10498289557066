// Shown when the saved model cannot be loaded (from an older version, or damaged): what and what to do.
import { msg } from "../i18n.js";

export function modelLoadError(detail: string): HTMLElement {
  return Object.assign(document.createElement("p"), { className: "error", textContent: msg.database.modelLoadError(detail) });
}
