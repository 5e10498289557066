/**
 * A worker thread of the LFW pipeline: its own tfjs (wasm) with MTCNN and the embedders loaded once,
 * then one image per message: one detection, each embedder's crop and embedding. Results go back as
 * transferable buffers (`embedding`/`thumb` for the first embedder, `more` for the others).
 */
import { parentPort, workerData } from "node:worker_threads";
import { setupBackend } from "../node/setupBackend.js";
import { loadNamedEmbedder } from "../node/loadEmbedder.js";
import { Mtcnn } from "../mtcnn/detector.js";
import { fileReader } from "../node/files.js";
import { loadImage } from "../node/loadImage.js";
import { embedImageWith, type EmbedImageOptions } from "./embedImage.js";
import type { DlibStandardisation } from "../embed/dlibResnet.js";
import type { EmbedderName } from "../embed/graphEmbedderSpecs.js";
import type { Embedder } from "../embed/embedder.js";
import { faceApiModelDir } from "../node/faceApiModels.js";
import { FaceLandmarks68 } from "../landmarks/faceLandmarks68.js";

export interface Job {
  path: string;
  file: string;
  /** The face found by an earlier run (`--faces-from`): no detection then. */
  face?: import("./embeddingTable.js").EmbeddingRow;
}
export type WorkerReply =
  | { type: "ready" }
  | {
      type: "done";
      path: string;
      row: import("./embeddingTable.js").EmbeddingRow;
      embedding: Float32Array;
      thumb: Uint8Array;
      /** The second, third… embedder's results, when several were asked for. */
      more: { embedding: Float32Array; thumb: Uint8Array }[];
    }
  | { type: "failed"; path: string; message: string };

export interface PoolWorkerData {
  options: EmbedImageOptions;
  backend: "wasm" | "cpu";
  standardisation?: DlibStandardisation;
  /** Embedders to run on each detected face, in order. Default: dlib alone. */
  embedders?: EmbedderName[];
}

const port = parentPort;
if (!port) throw new Error("src/lfw/worker.ts runs as a worker thread");
const { options, backend, standardisation, embedders: names = ["dlib"] } = workerData as PoolWorkerData;

await setupBackend(backend);
const mtcnn = await Mtcnn.load(fileReader());
const embedders: Embedder[] = [];
for (const name of names) embedders.push(await loadNamedEmbedder(name, { standardisation }));
const needs68 = (options.chipLandmarks ?? "mtcnn") !== "mtcnn" || (options.variants ?? []).some((v) => v.landmarks !== "mtcnn");
const landmarker = needs68 ? await FaceLandmarks68.load(fileReader(faceApiModelDir())) : undefined;
port.postMessage({ type: "ready" } satisfies WorkerReply);

port.on("message", async (job: Job) => {
  try {
    const pixels = await loadImage(job.file, job.path);
    const { row, results } = await embedImageWith(mtcnn, embedders, job.path, pixels, options, job.face, landmarker);
    const [first, ...more] = results;
    const buffers = results.flatMap((r) => [r.embedding.buffer as ArrayBuffer, r.thumb.buffer as ArrayBuffer]);
    port.postMessage({ type: "done", path: job.path, row, ...first, more } satisfies WorkerReply, buffers);
  } catch (err) {
    port.postMessage({ type: "failed", path: job.path, message: err instanceof Error ? err.message.split("\n")[0] : String(err) } satisfies WorkerReply);
  }
});
