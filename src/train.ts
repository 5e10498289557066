/**
 * `facelab/train`: the parts of the library built on tfjs-layers and tfjs's gradients — FaceNet's
 * triplet trainer, the Inception-ResNet-v1 builder and the layer-by-layer cost counter. A separate
 * entry so that a page which only detects, embeds or draws never downloads tfjs-layers (≈ 220 KB of
 * script) or the gradient registry (≈ 180 KB); the FaceNet page imports it when it needs it.
 *
 * For browsers (bundlers): tfjs-core registers no gradients by itself, so this entry imports its
 * registry. In Node that registry does not load (directory imports); import `@tensorflow/tfjs`, whose
 * Node bundle registers them, and the trainer from `facelab` sources as the tests do.
 */
import "@tensorflow/tfjs-core/dist/register_all_gradients";
export { TripletTrainer, type TripletTrainerOptions } from "./facenet/tripletTrainer.js";
export { inceptionResnetV1 } from "./facenet/inceptionResnetV1.js";
export { modelCost } from "./facenet/flops.js";
