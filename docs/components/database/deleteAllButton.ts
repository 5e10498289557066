// "Delete all my data": behind a confirmation that says what goes (counted when asked), it empties the
// store, clears the enrolment log and says so in the transfer bar's status line.
import { confirmButton } from "../confirmButton.js";
import { msg } from "../i18n.js";

interface Options {
  /** The database as the page shows it (counted for the question). */
  db: { people: unknown[]; faces: unknown[] };
  log: HTMLElement;
  say: (text: string) => void;
}

export function deleteAllButton(store: { clear(): Promise<void> }, { db, log, say }: Options): HTMLElement {
  const t = msg.database;
  const bar = Object.assign(document.createElement("div"), { className: "db-actions" });
  bar.append(
    confirmButton({
      label: t.deleteAll,
      question: () => t.deleteAllQuestion(db.people.length, db.faces.length),
      yes: t.deleteAllYes,
      onConfirm: async () => {
        await store.clear();
        log.replaceChildren();
        say(t.deleted);
      },
    }),
  );
  return bar;
}
