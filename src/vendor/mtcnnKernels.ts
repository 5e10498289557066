/**
 * The wasm kernels MTCNN runs, imported one by one from @tensorflow/tfjs-backend-wasm (no side effects:
 * nothing is registered here). src/vendor/tfjs-backend-wasm.ts registers them with the backend;
 * test/wasmKernels.test.ts checks that loading and running MTCNN (every stage, both crop samplings,
 * the layer-by-layer activations) needs no other.
 */
import type { KernelConfig } from "@tensorflow/tfjs-core";
import { _fusedMatMulConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/_FusedMatMul.js";
import { addConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Add.js";
import { batchMatMulConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/BatchMatMul.js";
import { castConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Cast.js";
import { concatConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Concat.js";
import { conv2DConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Conv2D.js";
import { cropAndResizeConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/CropAndResize.js";
import { expandDimsConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/ExpandDims.js";
import { fusedConv2DConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/FusedConv2D.js";
import { identityConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Identity.js";
import { maxPoolConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/MaxPool.js";
import { multiplyConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Multiply.js";
import { preluConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Prelu.js";
import { reshapeConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Reshape.js";
import { sliceConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Slice.js";
import { softmaxConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Softmax.js";
import { subConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Sub.js";
import { transposeConfig } from "@tensorflow/tfjs-backend-wasm/dist/kernels/Transpose.js";

/**
 * MTCNN's kernels: the thirteen its load and detection run (fused convolution with PReLU, max pool,
 * fused dense layer, crops, reshapes, …), and the unfused convolution, PReLU, addition, matrix
 * product and softmax its layer-by-layer views run.
 */
export const MTCNN_KERNELS: readonly KernelConfig[] = [
  _fusedMatMulConfig,
  addConfig,
  batchMatMulConfig,
  castConfig,
  concatConfig,
  conv2DConfig,
  cropAndResizeConfig,
  expandDimsConfig,
  fusedConv2DConfig,
  identityConfig,
  maxPoolConfig,
  multiplyConfig,
  preluConfig,
  reshapeConfig,
  sliceConfig,
  softmaxConfig,
  subConfig,
  transposeConfig,
];
