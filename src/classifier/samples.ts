/**
 * Labelled embeddings, the input of every classifier: checks them once (non-empty, one dimension, finite
 * numbers) and lists their labels in a fixed order, so a model's class indices never depend on the order
 * the photos were added in.
 */

/** One face embedding with the name of the person it shows. */
export interface LabelledEmbedding {
  label: string;
  embedding: Float32Array;
}

/** The sorted distinct labels and the common dimension of `samples`; throws on unusable input. */
export function describeSamples(samples: readonly LabelledEmbedding[]): { labels: string[]; dimension: number } {
  if (samples.length === 0) throw new Error("No training samples: add faces first.");
  const dimension = samples[0].embedding.length;
  samples.forEach(({ label, embedding }, i) => {
    if (typeof label !== "string" || label === "") throw new Error(`Sample ${i} has no label.`);
    if (embedding.length !== dimension) {
      throw new Error(`Sample ${i} (${label}) has ${embedding.length} numbers, sample 0 has ${dimension}.`);
    }
    if (!embedding.every(Number.isFinite)) throw new Error(`Sample ${i} (${label}) has a non-finite number.`);
  });
  const labels = [...new Set(samples.map((s) => s.label))].sort();
  return { labels, dimension };
}

/** Throws unless `embedding` has the dimension a model was trained on. */
export function checkDimension(embedding: ArrayLike<number>, dimension: number): void {
  if (embedding.length !== dimension) {
    throw new Error(`The embedding has ${embedding.length} numbers; the model was trained on ${dimension}.`);
  }
}
