// The database page's "Train" button: facelab's trainDatabase (libsvm's linear SVM and the centroid
// matcher) on every stored face, saved into the store; progress in the busy line, the outcome beside
// the button.
import { trainDatabase } from "facelab";

/** What the bar needs from docs/components/faceStore.js. */
export interface TrainStore {
  faces(): Promise<Parameters<typeof trainDatabase>[0]>;
  saveModel(model: Awaited<ReturnType<typeof trainDatabase>>): Promise<void>;
}

/** The train bar, training with SVM cost `cost`. */
export function trainBar(store: TrainStore, { cost, busy }: { cost: number; busy: HTMLElement }): HTMLElement {
  const bar = Object.assign(document.createElement("div"), { className: "db-actions" });
  bar.innerHTML = `<button type="button" class="primary" id="train-model">Train the SVM and the centroid matcher</button>
  <span class="status-line" id="train-status" aria-live="polite"></span>`;
  const status = bar.querySelector("#train-status") as HTMLElement;
  (bar.querySelector("button") as HTMLButtonElement).onclick = async () => {
    const faces = await store.faces();
    status.textContent = "";
    status.classList.remove("error");
    try {
      const model = await trainDatabase(faces, {
        cost,
        say: (text) => {
          busy.textContent = text;
        },
      });
      await store.saveModel(model);
      status.textContent = `Trained on ${faces.length} faces of ${Object.keys(model.training.perPerson).length} people.`;
    } catch (err) {
      status.textContent = (err as Error).message;
      status.classList.add("error");
    } finally {
      busy.textContent = "";
    }
  };
  return bar;
}
