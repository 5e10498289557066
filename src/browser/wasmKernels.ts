/**
 * The wasm backend's kernels beyond MTCNN's. `facelab/browser` loads the backend with only the
 * kernels MTCNN's detection runs (src/vendor/tfjs-backend-wasm.ts), so the MTCNN page downloads 65 KB
 * less before its first detection; every other op needs the rest, which this registers.
 */
import * as tf from "@tensorflow/tfjs-core";

/** What lib/vendor/tfjs-backend-wasm-kernels.js (written by `npm run build:lib`) exports. */
type KernelsModule = { KERNEL_CONFIGS: readonly tf.KernelConfig[] };

let loading: Promise<void> | null = null;

/**
 * Registers every wasm kernel from the second bundle (once; later calls return the same promise),
 * MTCNN's again too: kernels call each other's functions inside their own bundle (a matrix product
 * calls its transpose, …), and a function of one bundle works only once that bundle's kernel has been
 * set up, so all kernels must come from one bundle. A kernel's `setupFunc` binds it to the backend's
 * wasm functions: tfjs calls it for every registered kernel whenever `setBackend` switches to wasm, so
 * only a wasm backend that has already started needs it here (binding twice is harmless). That one is
 * found in tfjs's registry of started backends, not with `tf.findBackend`, which would start a second
 * one while the first is still starting.
 */
export function registerAllWasmKernels(): Promise<void> {
  // Named by the package's own export, so Framework bundles it as a module of its own (a relative dynamic
  // import inside the package becomes a split chunk, which it cannot serve); typed above, as the name
  // resolves to a file that exists only after the build.
  loading ??= (import("facelab/wasm-kernels" as string) as Promise<KernelsModule>).then(({ KERNEL_CONFIGS }) => {
    for (const config of KERNEL_CONFIGS) {
      if (tf.getKernel(config.kernelName, "wasm")) tf.unregisterKernel(config.kernelName, "wasm"); // no "already registered" warning
      tf.registerKernel(config);
    }
    const started = tf.engine().registry.wasm;
    if (started) for (const config of KERNEL_CONFIGS) config.setupFunc?.(started);
  });
  return loading;
}
