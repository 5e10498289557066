// A subset of LFW for the clusters page: the people with at least `minImages` photos, at most
// `perPerson` of each (the first ones, in LFW order, so the choice is reproducible) and no more than
// `maxFaces` in all (whole people, alphabetical), as unit-length embedding rows with identity labels.
import { unitRows } from "facelab";
import type { LfwRow } from "./lfwData.js";

export interface LfwSubset {
  /** Row index into the full LFW table, per point. */
  indices: Int32Array;
  /** Identity label per point (index into `names`). */
  labels: Int32Array;
  names: string[];
  /** Unit embeddings, n × 128. */
  x: Float32Array;
  n: number;
  d: number;
}

/** The subset of `rows` (and their `embeddings`, 13,233 × 128) described above. */
export function lfwSubset(
  rows: readonly Pick<LfwRow, "person">[],
  embeddings: Float32Array,
  { minImages = 20, perPerson = 16, maxFaces = 3000 } = {},
): LfwSubset {
  const byPerson = new Map<string, number[]>();
  rows.forEach((r, i) => byPerson.set(r.person, [...(byPerson.get(r.person) ?? []), i]));
  const names: string[] = [];
  const indices: number[] = [];
  const labels: number[] = [];
  for (const [person, list] of byPerson) {
    if (list.length < minImages || indices.length + Math.min(perPerson, list.length) > maxFaces) continue;
    for (const i of list.slice(0, perPerson)) {
      indices.push(i);
      labels.push(names.length);
    }
    names.push(person.replaceAll("_", " "));
  }
  const d = embeddings.length / rows.length;
  return { indices: Int32Array.from(indices), labels: Int32Array.from(labels), names, x: pickUnitRows(embeddings, d, indices), n: indices.length, d };
}

/** Rows `indices` of `v` (… × d), each scaled to unit length. */
function pickUnitRows(v: Float32Array, d: number, indices: ArrayLike<number>): Float32Array {
  const rows = new Float32Array(indices.length * d);
  for (let k = 0; k < indices.length; k++) rows.set(v.subarray(indices[k] * d, (indices[k] + 1) * d), k * d);
  return unitRows(rows, d);
}

/** A colour per identity, spread around the hue wheel by the golden ratio so neighbours differ. */
export function identityColour(label: number): string {
  const h = (label * 137.508) % 360;
  return `hsl(${h.toFixed(1)} 70% 50%)`;
}
