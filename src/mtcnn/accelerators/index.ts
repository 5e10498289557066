/**
 * The one door from MTCNN's teaching path into what makes it fast. The nets (`layers.ts`) ask here
 * for a layer's kernel — facelab's own WebGL programs (gl*), its own CPU loops (js*), or tfjs's ops
 * when neither applies — and the passes (`passes.ts`) for how batches are cut (`batchPlan`) and how
 * the joined raw heads are read back (`heads`). Nothing here changes a result, only its speed.
 */
export { batchPlan, SHAPE_COMPILING_BACKENDS } from "./batchPlan.js";
export { pnetMapOf, probabilityRows } from "./heads.js";
export type { PoolSpec } from "./glConvPool.js";
export { convPreluGl, convPreluPoolGl, maxPoolGl, useGlConv, useGlConvPool, useGlPool } from "./glKernels.js";
export { convPreluCpu, densePreluCpu, maxPoolCpu, useJsKernels } from "./jsKernels.js";
