// The line under the page's controls that says what the face database holds right now.
import { msg } from "../i18n.js";

interface Db {
  people: unknown[];
  faces: { photo?: string }[];
}

/** "3 people · 9 faces" (and "· with photos" when full photos are kept). */
export function dbSummary(db: Db): HTMLElement {
  const text = msg.database.dbSummary(
    db.people.length,
    db.faces.length,
    db.faces.some((f) => f.photo),
  );
  return Object.assign(document.createElement("span"), { id: "db-summary", className: "muted", textContent: text });
}
