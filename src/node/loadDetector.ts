/**
 * Starts the backend and loads the MTCNN weights for a Node command (the CLI), turning a missing or
 * broken model folder into one line the user can act on.
 */
import { Mtcnn } from "../mtcnn/detector.js";
import { fileReader, MODELS_DIR } from "./files.js";
import { setupBackend } from "./setupBackend.js";

/** The detector on the `backend` of choice (wasm falls back to cpu). */
export async function loadDetector(backend: "wasm" | "cpu"): Promise<Mtcnn> {
  await setupBackend(backend);
  try {
    return await Mtcnn.load(fileReader());
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new Error(`cannot load the MTCNN weights from ${MODELS_DIR}/mtcnn: ${why}`);
  }
}
