/**
 * The wasm backend's kernels beyond MTCNN's. `facelab/browser` loads the backend with only the
 * kernels MTCNN's detection runs (src/vendor/tfjs-backend-wasm.ts), so the MTCNN page downloads 104 KB
 * less before its first detection; every other op needs the rest, which this registers.
 */
import * as tf from "@tensorflow/tfjs-core";

/** What lib/vendor/tfjs-backend-wasm-kernels.js (written by `npm run build:lib`) exports. */
type KernelsModule = { KERNEL_CONFIGS: readonly tf.KernelConfig[] };

let loading: Promise<void> | null = null;

/**
 * Registers every wasm kernel not registered yet (once; later calls return the same promise). A
 * kernel's `setupFunc` binds it to the backend's wasm functions: tfjs calls it for the kernels
 * registered when the backend starts, so for a backend already running it is called here.
 */
export function registerAllWasmKernels(): Promise<void> {
  // Named by the package's own export, so Framework bundles it as a module of its own (a relative dynamic
  // import inside the package becomes a split chunk, which it cannot serve); typed above, as the name
  // resolves to a file that exists only after the build.
  loading ??= (import("facelab/wasm-kernels" as string) as Promise<KernelsModule>).then(({ KERNEL_CONFIGS }) => {
    const running = tf.findBackend("wasm");
    for (const config of KERNEL_CONFIGS) {
      if (tf.getKernel(config.kernelName, "wasm")) continue;
      tf.registerKernel(config);
      if (running) config.setupFunc?.(running);
    }
  });
  return loading;
}
