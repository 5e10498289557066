// The training report of a face database's classifier (facelab's trainDatabase) as a table: each
// person's training accuracy and cross-validation accuracy. Names are set as text, never as HTML.
import type { PersonScore, TrainedModel } from "facelab";
import { msg } from "./i18n.js";

const percent = (s: PersonScore | undefined) => (s?.total ? `${((100 * s.correct) / s.total).toFixed(0)} % (${s.correct}/${s.total})` : "—");

/** Per-person training and cross-validation accuracy; names as text. */
export function modelTable(model: TrainedModel, people: { id: string; name: string }[]): HTMLTableElement {
  const table = Object.assign(document.createElement("table"), { className: "train-table" });
  const row = (cells: string[], tag = "td") => {
    const tr = table.insertRow();
    cells.forEach((text) => tr.append(Object.assign(document.createElement(tag), { textContent: text })));
    return tr;
  };
  const t = msg.database;
  row([t.person, t.trainingAccuracy, model.crossValidation ? t.crossValidationFolds(model.crossValidation.folds) : t.crossValidation], "th");
  const name = (id: string) => people.find((p) => p.id === id)?.name ?? t.removedSince;
  for (const id of Object.keys(model.training.perPerson)) row([name(id), percent(model.training.perPerson[id]), percent(model.crossValidation?.perPerson[id])]);
  const all = (a: number) => `${(100 * a).toFixed(1)} %`;
  row([t.all, all(model.training.accuracy), model.crossValidation ? all(model.crossValidation.accuracy) : t.needsTwoFaces]).className = "total";
  return table;
}
