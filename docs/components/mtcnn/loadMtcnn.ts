// The MTCNN page's detector: the chosen tfjs backend started (or what it fell back to) and the weights
// loaded, with a line in the page's busy indicator meanwhile; the weights are freed with the cell.
import { Mtcnn } from "facelab";
import { urlReader, useBackend, type BackendName, type WasmUrls } from "facelab/browser";
import { msg } from "../i18n.js";

/** The backend in use and the loaded detector; disposed on `invalidation`. */
export async function loadMtcnn(
  choice: BackendName,
  { wasmUrls, mtcnnUrls }: { wasmUrls: WasmUrls; mtcnnUrls: Record<string, string> },
  busy: HTMLElement,
  invalidation: Promise<unknown>,
): Promise<{ backend: BackendName; mtcnn: Mtcnn }> {
  busy.textContent = msg.mtcnn.starting(choice);
  const backend = await useBackend(choice, wasmUrls);
  const mtcnn = await Mtcnn.load(urlReader(mtcnnUrls));
  performance.mark("facelab:mtcnn-ready"); // read by bench/coldLoad.ts (User Timing; nothing else uses it)
  busy.textContent = backend === choice ? "" : msg.mtcnn.fellBack(choice, backend);
  void invalidation.then(() => mtcnn.dispose());
  return { backend, mtcnn };
}
