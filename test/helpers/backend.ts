/** Test set-up shared by the tensor tests: the wasm backend (what the CLI uses) and the real weights. */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Mtcnn } from "../../src/mtcnn/detector.js";
import { fileReader } from "../../src/node/files.js";

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

/**
 * `../shared` beside the project (present on developer machines and in CI; `FACELAB_SHARED` names
 * another place, e.g. from a git worktree), or null. In CI its absence is an error, so the full
 * parity and data tests can never be skipped there unnoticed.
 */
const sharedDir = path.resolve(ROOT, process.env.FACELAB_SHARED ?? "../shared");
export const SHARED: string | null = existsSync(path.join(sharedDir, "reference")) ? sharedDir : null;
if (!SHARED && process.env.CI) throw new Error("CI: ../shared is missing; the parity and LFW tests need it");

/** Selects the wasm backend (silencing tfjs's Node hint) and loads the MTCNN weights. */
export async function loadDetector(): Promise<Mtcnn> {
  tf.env().set("IS_TEST", true);
  await tf.setBackend("wasm");
  await tf.ready();
  return Mtcnn.load(fileReader());
}
