// A saved face-database model made ready to predict: libsvm's SVM and the centroid matcher. A model
// that cannot be loaded (from an older version, or damaged) is reported, not thrown.
import { loadCentroids, type TrainedModel } from "facelab";
import { loadSvm } from "facelab/classifiers";
import type { Classifier } from "./predictFaces.js";
import { facedbMessage } from "./database/facedbMessage.js";

/** The loaded classifier, or null (no model, or `onError` told why not); the SVM is freed on `invalidation`. */
export async function loadClassifier(
  model: TrainedModel | null,
  { onError, invalidation }: { onError: (message: string) => void; invalidation: Promise<unknown> },
): Promise<Classifier | null> {
  if (!model) return null;
  try {
    const svm = await loadSvm(model.svm);
    void invalidation.then(() => svm.dispose());
    return { svm, centroids: loadCentroids(model.centroids) };
  } catch (err) {
    onError(facedbMessage(err));
    return null;
  }
}
