// The size of davidsandberg/facenet's Inception-ResNet-v1 (160×160 input, 512-D), counted live: the
// untrained model is built, measured and freed at once — only its size is needed (23.5 M weights ≈ 94 MB).
import { inceptionResnetV1, modelCost } from "facelab";

/** Trainable parameters, multiply-adds per face and layer count. */
export function irv1Cost(): ReturnType<typeof modelCost> & { layers: number } {
  const model = inceptionResnetV1({ inputSize: 160, embeddingSize: 512 });
  try {
    return { ...modelCost(model), layers: model.layers.length };
  } finally {
    model.dispose();
  }
}
