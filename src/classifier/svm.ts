/**
 * A linear SVM with probability estimates over face embeddings — facenet's `classifier.py` TRAIN step,
 * `SVC(kernel='linear', probability=True)` — on libsvm itself (the solver scikit-learn wraps), through
 * libsvm-js. One-vs-one C-SVC; probabilities by Platt scaling coupled over the class pairs (Wu, Lin &
 * Weng 2004), as `predict_proba`; the predicted name is the most probable one, as classifier.py's
 * `argmax(predictions)`. The model serializes to libsvm's own text format inside a small JSON object.
 */
import { SVM, type LibsvmModel } from "../vendor/libsvm.js";
import { checkDimension, describeSamples, type LabelledEmbedding } from "./samples.js";
import { checkSvmJson, type SvmModelJson } from "./svmModelJson.js";

export { checkSvmJson, type SvmModelJson };

export interface SvmOptions {
  /** Penalty C of misclassified training points. Default 1, scikit-learn's SVC default. */
  cost?: number;
  /** Stopping tolerance of the solver. Default 0.001, libsvm's and scikit-learn's. */
  tolerance?: number;
}

/** scikit-learn `SVC()` defaults (sklearn/svm/_classes.py), which classifier.py keeps. */
const DEFAULT_SVM_OPTIONS: Required<SvmOptions> = { cost: 1, tolerance: 0.001 };

interface SvmPrediction {
  /** The most probable person. */
  label: string;
  /** Its probability. */
  probability: number;
  /** Probability of every person (sums to 1). */
  probabilities: Record<string, number>;
  /**
   * The person the one-vs-one votes of the decision functions pick (scikit-learn's `SVC.predict`).
   * Usually `label`; unlike it, independent of the random folds the probabilities were fitted on.
   */
  decision: string;
}

export interface SvmClassifier {
  labels: string[];
  dimension: number;
  predict(embedding: Float32Array): SvmPrediction;
  toJSON(): SvmModelJson;
  /** Frees the model's memory inside libsvm's heap (not garbage-collected). */
  dispose(): void;
}

/**
 * Trains the SVM on `samples` (at least two people). The returned classifier predicts with the
 * model reloaded from its serialization, so a saved and reloaded model predicts exactly the same.
 * Note: libsvm shuffles the folds it fits the probabilities on with C `rand()`, whose state lives as long
 * as the page or process and cannot be seeded from here: a second training on the same data gives
 * other probabilities, and with few photos per person the most probable label can change too (on LFW
 * ≥ 20, 10 photos each: 99.5 % or 96.3 % test accuracy for C = 10). `decision` does not depend on it.
 */
export async function trainSvm(samples: readonly LabelledEmbedding[], options: SvmOptions = {}): Promise<SvmClassifier> {
  const { labels, dimension } = describeSamples(samples);
  if (labels.length < 2) throw new Error(`An SVM needs at least two people; only "${labels[0]}" has faces.`);
  const resolved = resolveSvmOptions(options);
  const svm = new SVM({
    type: SVM.SVM_TYPES.C_SVC,
    kernel: SVM.KERNEL_TYPES.LINEAR,
    probabilityEstimates: true,
    quiet: true,
    cost: resolved.cost,
    tolerance: resolved.tolerance,
  });
  try {
    svm.train(
      samples.map((s) => s.embedding),
      samples.map((s) => labels.indexOf(s.label)),
    );
    return await loadSvm({ format: "facelab-svm", version: 1, labels, dimension, options: resolved, libsvm: svm.serializeModel() });
  } finally {
    svm.free();
  }
}

/** A classifier from a model saved by `toJSON()`; throws naming the problem if `json` is not one. */
export async function loadSvm(json: SvmModelJson): Promise<SvmClassifier> {
  checkSvmJson(json);
  const { labels, dimension } = json;
  let model: LibsvmModel | null = SVM.load(json.libsvm);
  const live = () => {
    if (model === null) throw new Error("This SVM was disposed.");
    return model;
  };
  return {
    labels: labels.slice(),
    dimension,
    predict(embedding) {
      checkDimension(embedding, dimension);
      const m = live();
      return { ...svmPrediction(m.predictOneProbability(embedding).estimates, labels), decision: labels[m.predictOne(embedding)] };
    },
    toJSON: () => ({ ...json, labels: labels.slice(), options: { ...json.options } }),
    dispose() {
      model?.free();
      model = null;
    },
  };
}

function svmPrediction(estimates: { label: number; probability: number }[], labels: string[]): Omit<SvmPrediction, "decision"> {
  const probabilities: Record<string, number> = {};
  let best = estimates[0];
  for (const e of estimates) {
    probabilities[labels[e.label]] = e.probability;
    if (e.probability > best.probability) best = e;
  }
  return { label: labels[best.label], probability: best.probability, probabilities };
}

function resolveSvmOptions(options: SvmOptions): Required<SvmOptions> {
  const cost = options.cost ?? DEFAULT_SVM_OPTIONS.cost;
  const tolerance = options.tolerance ?? DEFAULT_SVM_OPTIONS.tolerance;
  if (!(cost > 0)) throw new Error(`SVM cost must be > 0, got ${cost}.`);
  if (!(tolerance > 0)) throw new Error(`SVM tolerance must be > 0, got ${tolerance}.`);
  return { cost, tolerance };
}
