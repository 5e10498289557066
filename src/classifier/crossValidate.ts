/**
 * k-fold cross-validation of any classifier on labelled embeddings: how well it names faces it was not
 * trained on. Folds are stratified — each person's samples, shuffled with a seeded generator, are dealt
 * round-robin over the folds — so every fold sees every person with enough photos, and a run repeats.
 */
import { seededRandom, sampleWithoutReplacement } from "../core/random.js";
import { describeSamples, type LabelledEmbedding } from "./samples.js";

export interface CrossValidation {
  /** Correct predictions over all held-out samples. */
  accuracy: number;
  /** Per person: held-out samples named correctly, and held out in all. */
  perLabel: Record<string, { correct: number; total: number }>;
}

/** Anything that names an embedding (null: "unknown"); `dispose` is called when it has one. */
export interface Predictor {
  predict(embedding: Float32Array): { label: string | null };
  dispose?(): void;
}

/** The fold (0…folds-1) of each sample: per label, a seeded shuffle dealt round-robin. */
export function stratifiedFolds(samples: readonly LabelledEmbedding[], folds: number, seed = 1): number[] {
  const fold = new Array<number>(samples.length);
  const random = seededRandom(seed);
  for (const label of describeSamples(samples).labels) {
    const members = samples.flatMap((s, i) => (s.label === label ? [i] : []));
    sampleWithoutReplacement(members, members.length, random).forEach((i, k) => (fold[i] = k % folds));
  }
  return fold;
}

/** Trains on all folds but one and predicts that one, `folds` times. */
export async function crossValidate(
  samples: readonly LabelledEmbedding[],
  folds: number,
  train: (samples: LabelledEmbedding[]) => Promise<Predictor>,
  seed = 1,
): Promise<CrossValidation> {
  if (!Number.isInteger(folds) || folds < 2 || folds > samples.length) {
    throw new Error(`Cross-validation needs 2 ≤ folds ≤ ${samples.length} samples, got ${folds}.`);
  }
  const fold = stratifiedFolds(samples, folds, seed);
  const perLabel: Record<string, { correct: number; total: number }> = {};
  for (const label of describeSamples(samples).labels) perLabel[label] = { correct: 0, total: 0 };
  for (let k = 0; k < folds; k++) {
    const model = await train(samples.filter((_, i) => fold[i] !== k));
    try {
      samples.forEach((s, i) => {
        if (fold[i] !== k) return;
        perLabel[s.label].total++;
        if (model.predict(s.embedding).label === s.label) perLabel[s.label].correct++;
      });
    } finally {
      model.dispose?.();
    }
  }
  const correct = Object.values(perLabel).reduce((sum, p) => sum + p.correct, 0);
  return { accuracy: correct / samples.length, perLabel };
}
