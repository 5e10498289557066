// The MTCNN page's detector: the chosen tfjs backend started (or what it fell back to) and the weights
// loaded, with a line in the page's busy indicator meanwhile; the weights are freed with the cell.
// The weights download while the backend starts; on WebGL the shaders compile meanwhile too (the
// warm-up of `Mtcnn.load`), so the first detection is not much slower than the next ones.
import { Mtcnn } from "facelab";
import { useBackend, type BackendName, type WasmUrls } from "facelab/browser";
import { msg } from "../i18n.js";
import { prefetchFiles } from "./prefetchFiles.js";

/** The backend in use and the loaded detector; disposed on `invalidation`. */
export async function loadMtcnn(
  choice: BackendName,
  { wasmUrls, mtcnnUrls }: { wasmUrls: WasmUrls; mtcnnUrls: Record<string, string> },
  busy: HTMLElement,
  invalidation: Promise<unknown>,
): Promise<{ backend: BackendName; mtcnn: Mtcnn }> {
  busy.textContent = msg.mtcnn.starting(choice);
  const files = prefetchFiles(mtcnnUrls);
  // Only MTCNN's kernels for now: the page loads the rest once the first detection is on screen.
  const backend = await useBackend(choice, wasmUrls, { wasmKernels: "mtcnn" });
  if (backend === "webgl") busy.textContent = msg.mtcnn.preparingShaders;
  const mtcnn = await Mtcnn.load(files, { warmUp: true });
  performance.mark("facelab:mtcnn-ready"); // read by bench/coldLoad.ts and bench/warmUp.ts (User Timing; nothing else uses it)
  busy.textContent = backend === choice ? "" : msg.mtcnn.fellBack(choice, backend);
  void invalidation.then(() => mtcnn.dispose());
  return { backend, mtcnn };
}
