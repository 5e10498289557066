/**
 * The stored form of a trained SVM and its check, apart from svm.ts so that code which only reads or
 * validates a saved model (the face database's schema) does not load libsvm (≈ 250 KB of asm.js).
 */
import type { SvmOptions } from "./svm.js";

/** A trained SVM as stored with a face database or written by `facelab classifier train`. */
export interface SvmModelJson {
  format: "facelab-svm";
  version: 1;
  /** Person names; class i of the libsvm model is `labels[i]`. */
  labels: string[];
  /** Embedding length the model expects. */
  dimension: number;
  options: Required<SvmOptions>;
  /** The model in libsvm's text format (`svm_save_model`). */
  libsvm: string;
}

/** Throws unless `json` looks like a model written by `toJSON()`. */
export function checkSvmJson(json: unknown): asserts json is SvmModelJson {
  const j = json as Partial<SvmModelJson> | null;
  if (typeof j !== "object" || j === null || j.format !== "facelab-svm") throw new Error('Not a facelab SVM model (expected "format": "facelab-svm").');
  if (j.version !== 1) throw new Error(`Unsupported SVM model version ${String(j.version)} (this facelab reads version 1).`);
  if (!Array.isArray(j.labels) || j.labels.length < 2 || !j.labels.every((l) => typeof l === "string"))
    throw new Error("SVM model: labels must be two or more names.");
  if (!Number.isInteger(j.dimension) || (j.dimension as number) < 1) throw new Error("SVM model: dimension must be a positive integer.");
  if (typeof j.libsvm !== "string" || !j.libsvm.startsWith("svm_type c_svc"))
    throw new Error("SVM model: libsvm must be a c_svc model in libsvm's text format.");
  if (!/^probA /m.test(j.libsvm)) throw new Error("SVM model: the libsvm model has no probability estimates.");
  const classes = Number(/^nr_class (\d+)$/m.exec(j.libsvm)?.[1]);
  if (classes !== j.labels.length) throw new Error(`SVM model: ${j.labels.length} labels but the libsvm model has ${classes} classes.`);
}
