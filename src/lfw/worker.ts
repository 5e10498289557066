/**
 * A worker thread of the LFW pipeline: its own tfjs (wasm) with MTCNN and the embedder loaded once,
 * then one image per message. Results go back as transferable buffers.
 */
import { parentPort, workerData } from "node:worker_threads";
import { setupBackend } from "../node/setupBackend.js";
import { loadEmbedder } from "../node/loadEmbedder.js";
import { Mtcnn } from "../mtcnn/detector.js";
import { fileReader } from "../node/files.js";
import { loadImage } from "../node/loadImage.js";
import { embedImage, type EmbedImageOptions } from "./embedImage.js";
import type { DlibStandardisation } from "../embed/dlibResnet.js";

export interface Job {
  path: string;
  file: string;
}
export type WorkerReply =
  | { type: "ready" }
  | { type: "done"; path: string; row: import("./embeddingTable.js").EmbeddingRow; embedding: Float32Array; thumb: Uint8Array }
  | { type: "failed"; path: string; message: string };

const port = parentPort;
if (!port) throw new Error("src/lfw/worker.ts runs as a worker thread");
const { options, backend, standardisation } = workerData as { options: EmbedImageOptions; backend: "wasm" | "cpu"; standardisation?: DlibStandardisation };

await setupBackend(backend);
const mtcnn = await Mtcnn.load(fileReader());
const embedder = await loadEmbedder({ standardisation });
port.postMessage({ type: "ready" } satisfies WorkerReply);

port.on("message", async (job: Job) => {
  try {
    const pixels = await loadImage(job.file, job.path);
    const r = await embedImage(mtcnn, embedder, job.path, pixels, options);
    port.postMessage({ type: "done", path: job.path, ...r } satisfies WorkerReply, [r.embedding.buffer as ArrayBuffer, r.thumb.buffer as ArrayBuffer]);
  } catch (err) {
    port.postMessage({ type: "failed", path: job.path, message: err instanceof Error ? err.message.split("\n")[0] : String(err) } satisfies WorkerReply);
  }
});
