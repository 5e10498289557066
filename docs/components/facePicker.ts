// When a photo has several faces, the user picks which one to compare: every face's aligned crop as a
// button. With one face it just shows that crop; with none, says so. Value: the chosen index (or -1),
// `initial` at first (e.g. the largest face).
import { msg } from "./i18n.js";
import type { EmbeddedFace } from "facelab";
import { pixelsCanvas } from "./pixelsCanvas.js";

export function facePicker(faces: EmbeddedFace[], photoName: string, initial = 0): HTMLElement & { value: number } {
  const root = Object.assign(document.createElement("div"), { className: "face-picker", value: faces.length ? initial : -1 }) as HTMLDivElement & {
    value: number;
  };
  if (faces.length === 0) {
    root.append(Object.assign(document.createElement("p"), { className: "error", textContent: msg.compare.noFace(photoName) }));
    return root;
  }
  const note = document.createElement("p");
  note.className = "muted";
  note.textContent = faces.length === 1 ? msg.compare.oneFace : msg.compare.chooseFace(faces.length);
  const buttons = faces.map((f, i) => {
    const b = document.createElement("button");
    b.type = "button";
    b.className = i === initial ? "chosen" : "";
    b.title = msg.compare.faceTitle(i + 1, f.score.toFixed(3));
    b.append(pixelsCanvas(f.crop, faces.length === 1 ? 120 : 64));
    b.onclick = () => {
      buttons.forEach((x) => x.classList.toggle("chosen", x === b));
      root.value = i;
      root.dispatchEvent(new Event("input", { bubbles: true }));
    };
    return b;
  });
  root.append(note, ...buttons);
  return root;
}
