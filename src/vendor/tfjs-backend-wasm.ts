/**
 * tfjs's wasm backend with the kernels MTCNN's detection runs (mtcnnKernels.ts), and no others:
 * `npm run build:lib` bundles this file (with esbuild: the package's own browser entry still imports
 * Node's `fs`) into lib/vendor/tfjs-backend-wasm.js, which is what `facelab/browser` loads with every page.
 *
 * Why not all 157 kernels: they are 104 KB of the bundle's 172 (minified), mostly ops that borrow the
 * cpu backend's code (strings, sparse tensors, …), and the MTCNN page downloads everything it imports
 * before its first detection. The others are in lib/vendor/tfjs-backend-wasm-kernels.js;
 * src/browser/wasmKernels.ts registers them, by default before `useBackend` resolves.
 */
import { registerKernel } from "@tensorflow/tfjs-core";
import { MTCNN_KERNELS } from "./mtcnnKernels.js";

export * from "@tensorflow/tfjs-backend-wasm/dist/base.js";

for (const config of MTCNN_KERNELS) registerKernel(config);
