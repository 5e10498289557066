// What the face database's trained model is: when and on how many faces it was trained, whether
// the database has changed since, and each person's training and cross-validation accuracy.
import { isStale, type TrainedModel } from "facelab";
import { modelTable } from "./modelTable.js";
import { locale, msg } from "./i18n.js";

interface Db {
  people: { id: string; name: string }[];
  faces: { id: string }[];
}

/** The model's summary, or "No trained model yet." for null. */
export function modelSummary(model: TrainedModel | null, db: Db): HTMLElement {
  if (!model) return Object.assign(document.createElement("p"), { className: "muted", id: "model-summary", textContent: msg.database.noModel });
  const root = Object.assign(document.createElement("div"), { id: "model-summary" });
  const p = document.createElement("p");
  p.textContent = msg.database.modelTrained(new Date(model.trainedAt).toLocaleString(locale), model.faceIds.length, model.svm.options.cost);
  if (isStale(model, db.faces))
    p.append(
      Object.assign(document.createElement("strong"), {
        className: "error",
        textContent: msg.database.stale,
      }),
    );
  root.append(p, modelTable(model, db.people));
  return root;
}
