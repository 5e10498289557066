// Online triplet selection on a real mini-batch: for each anchor–positive pair, the hardest negative
// and the closest semi-hard negative, as thumbnails with their squared distances.
import type { PairNegatives, Pixels } from "facelab";
import { msg } from "./i18n.js";
import { pixelsCanvas } from "./pixelsCanvas.js";

export interface BatchFace {
  person: string;
  crop: Pixels;
}

function cell(face: BatchFace | null, caption: string, cls = ""): HTMLTableCellElement {
  const td = document.createElement("td");
  td.className = cls;
  if (face) td.append(pixelsCanvas(face.crop, 56, face.person));
  const cap = document.createElement("div");
  cap.textContent = caption;
  td.append(cap);
  return td;
}

/** One row per pair: anchor, positive (‖a−p‖²), hardest negative, semi-hard negative. */
export function tripletTable(faces: BatchFace[], pairs: PairNegatives[], alpha: number): HTMLTableElement {
  const t = document.createElement("table");
  t.className = "triplet-table";
  const m = msg.facenet.table;
  const head = document.createElement("tr");
  for (const h of [m.anchor, m.positive, m.hardest, m.semiHard(alpha)]) head.append(Object.assign(document.createElement("th"), { textContent: h }));
  t.createTHead().append(head);
  const body = document.createElement("tbody");
  for (const p of pairs) {
    const tr = document.createElement("tr");
    const hard = p.hardest;
    tr.append(
      cell(faces[p.anchor], faces[p.anchor].person.replace(/_/g, " ")),
      cell(faces[p.positive], `‖a−p‖² = ${p.dPositive.toFixed(3)}`),
      cell(
        hard ? faces[hard.index] : null,
        hard ? `${hard.d.toFixed(3)}${hard.d < p.dPositive ? ` · ${m.hard}` : ""}` : "—",
        hard && hard.d < p.dPositive ? "hard" : "",
      ),
      cell(p.semiHard ? faces[p.semiHard.index] : null, p.semiHard ? p.semiHard.d.toFixed(3) : m.noneInBatch),
    );
    body.append(tr);
  }
  t.append(body);
  return t;
}
