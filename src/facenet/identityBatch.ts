/**
 * FaceNet's mini-batches are built from identities, not images (§3.2; facenet's `sample_people`): a
 * few people, several photos of each, so every anchor has positives in the batch and every other
 * person supplies negatives. Pure and seeded.
 */
import { sampleWithoutReplacement } from "../core/random.js";

/** A batch: the chosen items (e.g. image rows) and, for each, the index of its identity. */
export interface IdentityBatch {
  items: number[];
  labels: number[];
}

/** `people` distinct identities of `groups` (items per identity), `perPerson` distinct items of each. */
export function sampleIdentityBatch(groups: readonly (readonly number[])[], people: number, perPerson: number, random: () => number): IdentityBatch {
  const eligible = groups.map((g, i) => ({ g, i })).filter(({ g }) => g.length >= perPerson);
  if (eligible.length < 2) throw new Error(`sampleIdentityBatch: need at least 2 identities with ${perPerson} items, have ${eligible.length}`);
  const items: number[] = [];
  const labels: number[] = [];
  for (const { g, i } of sampleWithoutReplacement(eligible, people, random)) {
    for (const item of sampleWithoutReplacement(g, perPerson, random)) {
      items.push(item);
      labels.push(i);
    }
  }
  return { items, labels };
}
