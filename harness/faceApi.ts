/**
 * The reference for the embedder parity test and the Node embedding benchmark: `@vladmandic/face-api`'s `face-api.node-wasm.js` build.
 * It `require`s `@tensorflow/tfjs`, which resolves to the same `dist/tf.node.js` our ESM import does,
 * so both implementations share one tfjs engine and one backend (wasm or cpu) in this process.
 */
import { createRequire } from "node:module";
import type * as tf from "@tensorflow/tfjs";
import { faceApiModelDir } from "../src/node/faceApiModels.js";

interface FaceRecognitionNet {
  loadFromDisk(dir: string): Promise<void>;
  computeFaceDescriptor(input: tf.Tensor3D): Promise<Float32Array>;
  dispose(): void;
}

interface FaceApi {
  tf: typeof tf;
  nets: { faceRecognitionNet: FaceRecognitionNet };
}

/** face-api's FaceRecognitionNet with its weights loaded from the installed package. */
export async function loadFaceApiRecognitionNet(): Promise<{ net: FaceRecognitionNet; faceApiTf: typeof tf }> {
  const faceapi = createRequire(import.meta.url)("@vladmandic/face-api/dist/face-api.node-wasm.js") as FaceApi;
  const net = faceapi.nets.faceRecognitionNet;
  await net.loadFromDisk(faceApiModelDir());
  return { net, faceApiTf: faceapi.tf };
}
