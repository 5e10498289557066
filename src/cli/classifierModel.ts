/**
 * The file `facelab classifier train` writes and `classify` reads — classifier.py pickles
 * `(model, class_names)`; facelab writes JSON: both classifiers (the SVM and the centroid matcher),
 * how the embeddings were made, and the split, so the file says how to reproduce it.
 */
import { readFileSync } from "node:fs";
import { checkCentroidJson, type CentroidModelJson } from "../classifier/centroids.js";
import type { SplitOptions } from "../classifier/splitDataset.js";
import { checkSvmJson, type SvmModelJson } from "../classifier/svm.js";

export interface ClassifierFile {
  format: "facelab-classifier";
  /** 2 since the threshold is on unit-length embeddings; version 1 files compared raw descriptors with dlib's 0.6. */
  version: 2;
  /** How each photo was embedded. */
  embedder: { name: "dlib-resnet-128"; align: "mtcnn + dlib chip"; flip: boolean };
  /** The split it was trained with (null: every photo of every person). */
  split: Required<SplitOptions> | null;
  /** Training photos per person. */
  trainCounts: Record<string, number>;
  /** Distance (unit-length embeddings) from every centroid beyond which a face is "unknown" (DLIB_UNIT_THRESHOLD). */
  threshold: number;
  svm: SvmModelJson;
  centroids: CentroidModelJson;
  created: string;
}

/** Reads and checks a model file; each failure names the file and the problem. */
export function readClassifierFile(file: string): ClassifierFile {
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(file, "utf8"));
  } catch (err) {
    const why = err instanceof SyntaxError ? "not JSON" : "cannot read it";
    throw new Error(`${file}: ${why} (expected a model written by facelab classifier train)`);
  }
  const m = json as Partial<ClassifierFile> | null;
  if (typeof m !== "object" || m === null || m.format !== "facelab-classifier") {
    throw new Error(`${file}: not a facelab classifier model (no "format": "facelab-classifier"; write one with facelab classifier train)`);
  }
  if ((m.version as number | undefined) === 1) {
    // Its 0.6 was meant for raw descriptors (≈ 1.4 long); read as a unit-length distance it would accept almost anyone.
    throw new Error(
      `${file}: written by an earlier facelab, whose "unknown" threshold (0.6) was on raw descriptors; train it again with facelab classifier train`,
    );
  }
  if (m.version !== 2) throw new Error(`${file}: classifier model version ${String(m.version)} is not supported (this facelab reads version 2)`);
  try {
    checkSvmJson(m.svm);
    checkCentroidJson(m.centroids);
  } catch (err) {
    throw new Error(`${file}: ${(err as Error).message}`);
  }
  if (typeof m.threshold !== "number" || typeof m.embedder !== "object") throw new Error(`${file}: missing threshold or embedder`);
  return m as ClassifierFile;
}
