/**
 * facenet `classifier.py`'s `split_dataset` (with `--use_split_dataset`): people with fewer than
 * `minImages` photos are dropped; each remaining person's photos are shuffled (seeded; classifier.py
 * seeds numpy with 666) and the first `trainImages` train the classifier, the rest test it. Train and
 * classify call it with the same arguments on the same folder, so they agree on the split.
 */
import { seededRandom, sampleWithoutReplacement } from "../core/random.js";

/** One person's photos (the dataset folder layout: one sub-folder per person). */
export interface PersonImages {
  label: string;
  files: string[];
}

export interface SplitOptions {
  /** Keep only people with at least this many photos (classifier.py `--min_nrof_images_per_class`, default 20). */
  minImages: number;
  /** Photos per person used for training (`--nrof_train_images_per_class`, default 10). */
  trainImages: number;
  /** Shuffle seed (classifier.py: 666). */
  seed?: number;
}

/** classifier.py's defaults for the split. */
export const DEFAULT_SPLIT: Required<SplitOptions> = { minImages: 20, trainImages: 10, seed: 666 };

/** The train and test photos of each kept person, in `people` order. */
export function splitDataset(people: readonly PersonImages[], options: SplitOptions): { train: PersonImages[]; test: PersonImages[] } {
  const { minImages, trainImages } = options;
  if (!Number.isInteger(minImages) || minImages < 1) throw new Error(`minImages must be a whole number ≥ 1, got ${minImages}.`);
  if (!Number.isInteger(trainImages) || trainImages < 1) throw new Error(`trainImages must be a whole number ≥ 1, got ${trainImages}.`);
  const random = seededRandom(options.seed ?? DEFAULT_SPLIT.seed);
  const train: PersonImages[] = [];
  const test: PersonImages[] = [];
  for (const { label, files } of people) {
    if (files.length < minImages) continue;
    const shuffled = sampleWithoutReplacement(files, files.length, random);
    train.push({ label, files: shuffled.slice(0, trainImages) });
    test.push({ label, files: shuffled.slice(trainImages) });
  }
  return { train, test };
}
