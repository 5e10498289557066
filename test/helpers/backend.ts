/** Test set-up shared by the tensor tests: the wasm backend (what the CLI uses) and the real weights. */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { Mtcnn } from "../../src/mtcnn/detector.js";
import { fileReader } from "../../src/node/files.js";

/** Selects the wasm backend (silencing tfjs's Node hint) and loads the MTCNN weights. */
export async function loadDetector(): Promise<Mtcnn> {
  tf.env().set("IS_TEST", true);
  await tf.setBackend("wasm");
  await tf.ready();
  return Mtcnn.load(fileReader());
}
