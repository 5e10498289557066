// The size of davidsandberg/facenet's Inception-ResNet-v1 (160×160 input, 512-D), counted live: the
// untrained model is built, measured and freed at once — only its size is needed (23.5 M weights ≈ 94 MB).
// The builder needs tfjs-layers, imported here and not with the page.
import type { modelCost } from "facelab/train";

/** Trainable parameters, multiply-adds per face and layer count. */
export async function irv1Cost(): Promise<ReturnType<typeof modelCost> & { layers: number }> {
  const train = await import("facelab/train");
  const model = train.inceptionResnetV1({ inputSize: 160, embeddingSize: 512 });
  try {
    return { ...train.modelCost(model), layers: model.layers.length };
  } finally {
    model.dispose();
  }
}
