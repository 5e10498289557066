/**
 * `facelab/kernels`: MTCNN's accelerators and their measures, for the Performance page, the benchmarks
 * and the kernel tests — not needed to detect faces (the detector picks them itself, in
 * src/mtcnn/layers.ts). The switches and tensor entry points of facelab's own JavaScript loops (cpu
 * backend) and WebGL programs, the programs' builders, the weights by net, P-Net's tiling, and the
 * FLOP counts behind the roofline.
 */
export { JS_KERNELS_FLAG, useJsKernels, convPreluCpu, densePreluCpu, maxPoolCpu } from "./mtcnn/accelerators/jsKernels.js";
export { GL_KERNELS_FLAG, useGlConv, useGlConvPool, useGlPool, convPreluGl, convPreluPoolGl, maxPoolGl } from "./mtcnn/accelerators/glKernels.js";
export { convPreluPoolProgram, convPoolFits, convPoolChannelStep, type PoolSpec } from "./mtcnn/accelerators/glConvPool.js";
export { maxPoolProgram } from "./mtcnn/accelerators/glPool.js";
export { convPreluProgram, channelStep } from "./mtcnn/accelerators/glConv.js";
export { packedProgram, type GlProgram } from "./mtcnn/accelerators/glProgram.js";
export { pnetTiles, tileSpans, pnetOutputSide, PNET_TILE_CELLS, type PnetTile, type TileSpan } from "./mtcnn/pnetTiles.js";
export { loadNetWeights, type NetName, type NetWeights } from "./mtcnn/weights.js";
export { mtcnnFlops, netMultiplyAdds, layerStep, PNET_LAYERS, RNET_LAYERS, ONET_LAYERS, type LayerSpec, type MtcnnFlops } from "./mtcnn/flops.js";
