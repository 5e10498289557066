// One enrolled person on the database page: the name (always as text), their face thumbnails each
// with a remove button, and the ways to add photos — a multi-file input, drag-and-drop onto the card,
// a webcam snapshot — plus "remove person" behind a confirmation. The card stays in place while its
// faces change (`setFaces`), so an open camera or a half-chosen file survives each added face.
import { cameraSnapshot } from "./cameraSnapshot.js";
import { confirmButton } from "./confirmButton.js";
import { thumbImage } from "./faceThumb.js";
import { msg } from "./i18n.js";

const t = msg.database;

export interface CardPerson {
  id: string;
  name: string;
}
export interface CardFace {
  id: string;
  thumb: string;
  source: string;
  photo?: string;
}

export interface PersonActions {
  addFiles: (personId: string, files: File[]) => void;
  addSnapshot: (personId: string, bitmap: ImageBitmap) => Promise<void>;
  removeFace: (faceId: string) => Promise<void>;
  removePerson: (personId: string) => Promise<void>;
  invalidation?: Promise<unknown>;
}

function thumbs(person: CardPerson, faces: CardFace[], removeFace: PersonActions["removeFace"]): HTMLElement {
  const row = Object.assign(document.createElement("div"), { className: "face-thumbs" });
  if (!faces.length) row.append(Object.assign(document.createElement("span"), { className: "muted", textContent: t.noFaceYet }));
  for (const f of faces) {
    const fig = Object.assign(document.createElement("figure"), { className: "face-thumb-item" });
    const x = Object.assign(document.createElement("button"), {
      type: "button",
      className: "remove-face",
      textContent: "×",
      title: t.removeFaceTitle(f.source),
    });
    x.setAttribute("aria-label", t.removeFaceLabel(f.source));
    x.addEventListener("click", () => void removeFace(f.id));
    fig.append(thumbImage(f.thumb, `${person.name} — ${f.source}${f.photo ? t.photoKept : ""}`), x);
    row.append(fig);
  }
  return row;
}

function fileInput(onFiles: (files: File[]) => void): HTMLLabelElement {
  const input = Object.assign(document.createElement("input"), { type: "file", accept: "image/*", multiple: true });
  input.addEventListener("change", () => {
    onFiles([...(input.files ?? [])]);
    input.value = "";
  });
  const label = Object.assign(document.createElement("label"), { className: "add-photos" });
  label.append(t.addPhotos, input);
  return label;
}

export type PersonCard = HTMLElement & { setFaces(faces: CardFace[]): void };

export function personCard(person: CardPerson, actions: PersonActions): PersonCard {
  const card = Object.assign(document.createElement("section"), { className: "person-card card" }) as unknown as PersonCard;
  let shown: CardFace[] = [];
  card.dataset.personId = person.id;
  const title = Object.assign(document.createElement("h3"), { className: "person-name", textContent: person.name });
  const count = Object.assign(document.createElement("span"), { className: "muted face-count" });
  let row: HTMLElement = document.createElement("div");
  const controls = Object.assign(document.createElement("div"), { className: "person-controls" });
  controls.append(
    fileInput((files) => actions.addFiles(person.id, files)),
    cameraSnapshot({ onPhoto: (b) => actions.addSnapshot(person.id, b), invalidation: actions.invalidation }),
    confirmButton({
      label: t.removePerson,
      question: () => t.removePersonQuestion(person.name, shown.length),
      yes: t.removePersonYes,
      onConfirm: () => actions.removePerson(person.id),
    }),
  );
  card.addEventListener("dragover", (e) => {
    e.preventDefault();
    card.classList.add("dragging");
  });
  card.addEventListener("dragleave", () => card.classList.remove("dragging"));
  card.addEventListener("drop", (e) => {
    e.preventDefault();
    card.classList.remove("dragging");
    const files = [...(e.dataTransfer?.files ?? [])].filter((f) => f.type.startsWith("image/") || !f.type);
    if (files.length) actions.addFiles(person.id, files);
  });
  const head = Object.assign(document.createElement("div"), { className: "person-head" });
  head.append(title, count);
  card.append(head, row, controls);
  card.setFaces = (faces) => {
    shown = faces;
    count.textContent = t.faceCount(faces.length);
    const next = thumbs(person, faces, actions.removeFace);
    row.replaceWith(next);
    row = next;
  };
  card.setFaces([]);
  return card;
}
