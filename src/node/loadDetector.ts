/**
 * Starts the backend and loads a detector's weights for a Node command (the CLI), turning a missing or
 * broken model folder into one line the user can act on.
 */
import type { Detector, DetectorName } from "../detect/detector.js";
import { loadNamedDetector, type NamedDetectorOptions } from "../detect/loadNamedDetector.js";
import { Mtcnn } from "../mtcnn/detector.js";
import { faceApiModelDir } from "./faceApiModels.js";
import { fileReader, MODELS_DIR } from "./files.js";
import { setupBackend } from "./setupBackend.js";
import path from "node:path";

/** The MTCNN detector on the `backend` of choice (wasm falls back to cpu). */
export async function loadDetector(backend: "wasm" | "cpu"): Promise<Mtcnn> {
  await setupBackend(backend);
  try {
    return await Mtcnn.load(fileReader());
  } catch (err) {
    throw new Error(`cannot load the MTCNN weights from ${MODELS_DIR}/mtcnn: ${firstLine(err)}`);
  }
}

/** Where detector `name`'s files are on disk. */
export function detectorDir(name: DetectorName): string {
  if (name === "mtcnn") return path.join(MODELS_DIR, "mtcnn");
  if (name.startsWith("blazeface-")) return path.join(MODELS_DIR, "blazeface");
  return faceApiModelDir();
}

/** Detector `name` on the `backend` of choice (wasm falls back to cpu). */
export async function loadDetectorNamed(name: DetectorName, backend: "wasm" | "cpu", options: NamedDetectorOptions = {}): Promise<Detector> {
  await setupBackend(backend);
  const dir = detectorDir(name);
  try {
    return await loadNamedDetector(name, fileReader(dir), options);
  } catch (err) {
    throw new Error(`cannot load the ${name} weights from ${dir}: ${firstLine(err)}`);
  }
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message.split("\n")[0] : String(err));
