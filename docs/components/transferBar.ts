// Export and import of the face database: "Export…" downloads the store's JSON file (full photos only
// if ticked); choosing a file replaces the database once the whole file has been checked, or says
// why not and changes nothing. The bar's status line is shared with the page (`say`).
import { facedbMessage } from "./database/facedbMessage.js";
import { msg } from "./i18n.js";

/** What the bar needs from docs/components/faceStore.js. */
export interface TransferStore {
  exportFile(options: { includePhotos: boolean }): Promise<File>;
  importFile(file: File): Promise<{ people: unknown[]; faces: unknown[]; model?: unknown }>;
}

export type TransferBar = HTMLElement & { say(text: string, error?: boolean): void };

/** The export / import bar. */
export function transferBar(store: TransferStore): TransferBar {
  const bar = Object.assign(document.createElement("div"), { className: "db-actions", say: () => {} }) as TransferBar;
  const t = msg.database;
  const photos = document.createElement("label");
  photos.append(Object.assign(document.createElement("input"), { type: "checkbox", id: "export-photos" }), t.includePhotos);
  const file = document.createElement("label");
  file.append(t.importFile, Object.assign(document.createElement("input"), { type: "file", id: "import-database", accept: ".json,application/json" }));
  const line = Object.assign(document.createElement("span"), { className: "status-line", id: "transfer-status" });
  line.setAttribute("aria-live", "polite");
  bar.append(
    Object.assign(document.createElement("button"), { type: "button", id: "export-database", textContent: t.exportButton }),
    " ",
    photos,
    " ",
    file,
    " ",
    line,
  );
  const status = bar.querySelector("#transfer-status") as HTMLElement;
  bar.say = (text, error = false) => {
    status.textContent = text;
    status.classList.toggle("error", error);
  };
  (bar.querySelector("#export-database") as HTMLButtonElement).onclick = async () => {
    const file = await store.exportFile({ includePhotos: (bar.querySelector("#export-photos") as HTMLInputElement).checked });
    const a = Object.assign(document.createElement("a"), { download: file.name, href: URL.createObjectURL(file) });
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    bar.say(t.exported(file.name, (file.size / 1024).toFixed(0)));
  };
  const input = bar.querySelector("#import-database") as HTMLInputElement;
  input.onchange = async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    try {
      const imported = await store.importFile(file);
      bar.say(t.imported(file.name, imported.people.length, imported.faces.length, Boolean(imported.model)));
    } catch (err) {
      bar.say(t.notImported(facedbMessage(err)), true);
    }
  };
  return bar;
}
