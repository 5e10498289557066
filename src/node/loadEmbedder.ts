/**
 * Loads dlib's face-recognition ResNet for a Node command (the CLI, the LFW embedding workers) once
 * `setupBackend` has started the backend, turning a missing package or broken weights into one line
 * the user can act on.
 */
import { DlibEmbedder, type DlibEmbedderOptions } from "../embed/dlibEmbedder.js";
import { dlibReader, faceApiModelDir } from "./faceApiModels.js";

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
