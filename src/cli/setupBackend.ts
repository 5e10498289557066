/**
 * Picks the tfjs backend for the CLI and keeps stdout clean. tfjs logs hints with `console.*` (the
 * CPU backend's "looks like you are running TensorFlow.js in Node.js" banner, backend-init
 * failures); the CLI's stdout is data (`--json`), so every console call is sent to stderr and tfjs's
 * own warnings are switched off with production mode. The wasm backend is the default: it is several
 * times faster than the pure-JS CPU backend and needs no native build.
 */
import * as tf from "@tensorflow/tfjs";

/** Routes `console.log/info/debug` to stderr, so only the CLI's explicit writes reach stdout. */
function quietConsole(): void {
  const toStderr = (...args: unknown[]) => console.error(...args);
  console.log = toStderr;
  console.info = toStderr;
  console.debug = toStderr;
}

/** Activates `preferred` (wasm falls back to cpu with a note on stderr); returns the backend in use. */
export async function setupBackend(preferred: "wasm" | "cpu"): Promise<string> {
  quietConsole();
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
