// The database page's demo: four LFW people with three photos each, enrolled at a click (their
// fourth photos are kept back for predicting), and the photos the predict step offers.
import type { Sample } from "./photoPicker.js";
import { urlSource, type PhotoSource } from "./photoSource.js";
import { msg } from "./i18n.js";

/** The LFW mini-batch (docs/components/lfwBatch.js): `{name, person, url}` per photo. */
type Batch = readonly { name: string; person: string; url: string }[];

/** The demo's people, by LFW folder. */
export const DEMO_PEOPLE = ["Colin_Powell", "George_W_Bush", "Serena_Williams", "Tony_Blair"];

/** What the button needs from the store and the page's enrol queue. */
export interface DemoStore {
  people(): Promise<{ name: string }[]>;
  addPerson(name: string): Promise<{ id: string }>;
}

/** The "Load the demo database" bar; a person already there (by name) is skipped. */
export function demoDatabase(store: DemoStore, enrol: (personId: string, sources: PhotoSource[]) => Promise<void>, batch: Batch): HTMLElement {
  const bar = Object.assign(document.createElement("div"), { className: "db-actions" });
  const button = Object.assign(document.createElement("button"), { type: "button", id: "demo-database", textContent: msg.database.loadDemo });
  bar.append(button, " ", Object.assign(document.createElement("span"), { className: "muted", textContent: msg.database.demoNote }));
  button.onclick = async () => {
    const existing = new Set((await store.people()).map((p) => p.name));
    for (const folder of DEMO_PEOPLE) {
      const name = folder.replace(/_/g, " ");
      if (existing.has(name)) continue;
      const person = await store.addPerson(name);
      const photos = batch.filter((p) => p.person === folder && !p.name.endsWith("_0004.jpg"));
      await enrol(
        person.id,
        photos.map((p) => urlSource(p.name, p.url)),
      );
    }
  };
  return bar;
}

/** The predict step's photos: each demo person's fourth, two strangers, and a group photo. */
export function demoSamples(batch: Batch, groupUrl: string): Sample[] {
  const find = (name: string) => batch.find((p) => p.name === name) as Batch[number];
  return [
    ...DEMO_PEOPLE.map((folder) => find(`${folder}_0004.jpg`)).map((p) => ({ name: p.name, url: p.url })),
    ...["Laura_Bush_0001.jpg", "Vladimir_Putin_0001.jpg"].map((n) => ({ name: n, url: find(n).url })),
    { name: msg.database.groupPhoto, url: groupUrl },
  ];
}
