// Export and import of the face database: "Export…" downloads the store's JSON file (full photos only
// if ticked); choosing a file replaces the database once the whole file has been checked, or says
// why not and changes nothing. The bar's status line is shared with the page (`say`).

/** What the bar needs from docs/components/faceStore.js. */
export interface TransferStore {
  exportFile(options: { includePhotos: boolean }): Promise<File>;
  importFile(file: File): Promise<{ people: unknown[]; faces: unknown[]; model?: unknown }>;
}

export type TransferBar = HTMLElement & { say(text: string, error?: boolean): void };

/** The export / import bar. */
export function transferBar(store: TransferStore): TransferBar {
  const bar = Object.assign(document.createElement("div"), { className: "db-actions", say: () => {} }) as TransferBar;
  bar.innerHTML = `<button type="button" id="export-database">Export…</button>
  <label><input type="checkbox" id="export-photos"> include full photos</label>
  <label>Import a file: <input type="file" id="import-database" accept=".json,application/json"></label>
  <span class="status-line" id="transfer-status" aria-live="polite"></span>`;
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
    bar.say(`Exported ${file.name} (${(file.size / 1024).toFixed(0)} kB).`);
  };
  const input = bar.querySelector("#import-database") as HTMLInputElement;
  input.onchange = async () => {
    const file = input.files?.[0];
    input.value = "";
    if (!file) return;
    try {
      const imported = await store.importFile(file);
      bar.say(`Imported ${file.name}: ${imported.people.length} people, ${imported.faces.length} faces${imported.model ? ", a trained model" : ""}.`);
    } catch (err) {
      bar.say(`Not imported — ${(err as Error).message}. Your database is unchanged.`, true);
    }
  };
  return bar;
}
