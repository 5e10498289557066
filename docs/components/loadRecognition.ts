// The recognition pipeline a page needs: the wasm backend, MTCNN and dlib's embedding network, loaded
// once with a line in the page's busy indicator, and freed with the page.
import { msg } from "./i18n.js";
import { DlibEmbedder, Mtcnn } from "facelab";
import { urlReader, useBackend, type BackendName, type WasmUrls } from "facelab/browser";

/** Where the files are: assets.js's `wasmUrls`, `mtcnnUrls` and `dlibUrls`. */
export interface RecognitionUrls {
  wasmUrls: WasmUrls;
  mtcnnUrls: Record<string, string>;
  dlibUrls: Record<string, string>;
}

export interface RecognitionModels {
  /** The backend tfjs runs on ("wasm", or what it fell back to). */
  backend: BackendName;
  mtcnn: Mtcnn;
  embedder: DlibEmbedder;
}

/** Starts wasm and loads both networks; `busy` says so meanwhile; both are disposed on `invalidation`. */
export async function loadRecognition(
  { wasmUrls, mtcnnUrls, dlibUrls }: RecognitionUrls,
  busy: HTMLElement,
  invalidation: Promise<unknown>,
): Promise<RecognitionModels> {
  const backend = await useBackend("wasm", wasmUrls);
  busy.textContent = msg.common.loadingNetworks;
  const mtcnn = await Mtcnn.load(urlReader(mtcnnUrls));
  const embedder = await DlibEmbedder.load(urlReader(dlibUrls));
  void invalidation.then(() => {
    mtcnn.dispose();
    embedder.dispose();
  });
  busy.textContent = "";
  return { backend, mtcnn, embedder };
}
