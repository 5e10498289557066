// The database page's "Train" button: facelab's trainDatabase (libsvm's linear SVM and the centroid
// matcher) on every stored face, saved into the store; progress in the busy line, the outcome beside
// the button.
import { FaceDbTrainingError, trainDatabase } from "facelab/classifiers";
import { facedbMessage } from "./database/facedbMessage.js";
import { msg } from "./i18n.js";

/** What the bar needs from docs/components/faceStore.js. */
export interface TrainStore {
  faces(): Promise<Parameters<typeof trainDatabase>[0]>;
  saveModel(model: Awaited<ReturnType<typeof trainDatabase>>): Promise<void>;
}

/** The train bar, training with SVM cost `cost`. */
export function trainBar(store: TrainStore, { cost, busy }: { cost: number; busy: HTMLElement }): HTMLElement {
  const bar = Object.assign(document.createElement("div"), { className: "db-actions" });
  const t = msg.database;
  const button = Object.assign(document.createElement("button"), { type: "button", className: "primary", id: "train-model", textContent: t.trainButton });
  const status = Object.assign(document.createElement("span"), { className: "status-line", id: "train-status" });
  status.setAttribute("aria-live", "polite");
  bar.append(button, " ", status);
  button.onclick = async () => {
    const faces = await store.faces();
    status.textContent = "";
    status.classList.remove("error");
    try {
      const model = await trainDatabase(faces, {
        cost,
        say: (_english, step) => {
          busy.textContent = step.step === "svm" ? t.trainingSvm(step.faces) : step.step === "cv" ? t.crossValidating(step.folds) : "";
        },
      });
      await store.saveModel(model);
      status.textContent = t.trained(faces.length, Object.keys(model.training.perPerson).length);
    } catch (err) {
      status.textContent = err instanceof FaceDbTrainingError ? facedbMessage(err) : t.trainFailed(String((err as Error).message));
      status.classList.add("error");
    } finally {
      busy.textContent = "";
    }
  };
  return bar;
}
