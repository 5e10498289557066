/**
 * Picks the tfjs backend in Node (the CLI, the LFW embedding workers). tfjs's own hints (the CPU backend's "looks like you are
 * running TensorFlow.js in Node.js" banner, backend-registration notes) go through its logger,
 * which production mode switches off — no global `console` is touched here, so importing code
 * and tests keep theirs (`main` scopes its stdout guard to one command; see quietConsole.ts).
 * The wasm backend is the default: several times faster than the pure-JS CPU backend, no native build.
 */
import * as tf from "@tensorflow/tfjs-core";
// The library imports tfjs-core alone; the fallback backend is registered here (wasm on demand below).
import "@tensorflow/tfjs-backend-cpu";

/** Activates `preferred` (wasm falls back to cpu with a note on stderr); returns the backend in use. */
export async function setupBackend(preferred: "wasm" | "cpu"): Promise<string> {
  tf.enableProdMode();
  if (preferred === "wasm") {
    try {
      await import("@tensorflow/tfjs-backend-wasm");
      if (await tf.setBackend("wasm")) return "wasm";
    } catch {
      // fall through to the note below
    }
    process.stderr.write("facelab: the wasm backend could not start; using the slower cpu backend\n");
  }
  if (!(await tf.setBackend("cpu"))) throw new Error("no tfjs backend could start (tried cpu)");
  return "cpu";
}
