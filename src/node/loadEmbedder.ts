/**
 * Loads a face embedder for a Node command (the CLI, the LFW embedding workers) once `setupBackend`
 * has started the backend, turning a missing package or broken weights into one line the user can
 * act on: dlib's ResNet from the installed `@vladmandic/face-api`, the graph models from `models/<name>/`.
 */
import path from "node:path";
import { DlibEmbedder, type DlibEmbedderOptions } from "../embed/dlibEmbedder.js";
import type { Embedder } from "../embed/embedder.js";
import type { EmbedderName } from "../embed/graphEmbedderSpecs.js";
import { loadGraphEmbedder } from "../embed/loadGraphEmbedder.js";
import { dlibReader, faceApiModelDir } from "./faceApiModels.js";
import { fileReader, MODELS_DIR } from "./files.js";

/** The dlib embedder, weights read from the installed `@vladmandic/face-api`. */
export async function loadEmbedder(options: DlibEmbedderOptions = {}): Promise<DlibEmbedder> {
  let dir = "@vladmandic/face-api/model";
  try {
    dir = faceApiModelDir();
    return await DlibEmbedder.load(dlibReader(), options);
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new Error(`cannot load the dlib ResNet weights from ${dir}: ${why}`);
  }
}

/** The embedder called `name` ("dlib", "mobileface", "faceres"); dlib options apply to dlib only. */
export async function loadNamedEmbedder(name: EmbedderName, options: DlibEmbedderOptions = {}): Promise<Embedder> {
  if (name === "dlib") return loadEmbedder(options);
  const dir = path.join(MODELS_DIR, name);
  try {
    return await loadGraphEmbedder(name, fileReader(dir));
  } catch (err) {
    const why = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new Error(`cannot load the ${name} weights from ${dir}: ${why}`);
  }
}
