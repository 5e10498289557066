// MTCNN for a page that needs it only sometimes (a photo of the reader's own): the wasm backend and
// the weights are loaded on the first call, once, and the detector is freed with the page.
import { Mtcnn } from "facelab";
import { urlReader, useBackend, type WasmUrls } from "facelab/browser";

/** A function resolving to the one detector, loaded on its first call; disposed on `invalidation`. */
export function lazyMtcnn(
  { wasmUrls, mtcnnUrls }: { wasmUrls: WasmUrls; mtcnnUrls: Record<string, string> },
  invalidation: Promise<unknown>,
): () => Promise<Mtcnn> {
  let mtcnn: Promise<Mtcnn> | null = null;
  void invalidation.then(async () => (await mtcnn)?.dispose());
  return async () => {
    if (!mtcnn) {
      await useBackend("wasm", wasmUrls);
      mtcnn = Mtcnn.load(urlReader(mtcnnUrls));
    }
    return mtcnn;
  };
}
