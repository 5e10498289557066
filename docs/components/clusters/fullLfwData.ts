// The whole of LFW for the precomputed map: every face's person as a label (names with spaces), the
// name → label index for the "find a person" field, and the names offered in its list (people with
// at least 10 photos, the ones that form islands).
import type { LazyImage } from "../lazyImage.js";
import type { FaceMapData } from "../faceMap.js";
import type { LfwRow } from "../lfwData.js";

export interface FullLfw {
  data: FaceMapData;
  nameIndex: Map<string, number>;
  /** People with at least 10 photos, for the field's suggestions. */
  frequent: string[];
  people: number;
}

export function fullLfwData(rows: readonly Pick<LfwRow, "person">[], sprite: LazyImage): FullLfw {
  const spaced = rows.map((r) => r.person.replaceAll("_", " "));
  const names = [...new Set(spaced)];
  const nameIndex = new Map(names.map((n, i) => [n, i]));
  const counts = new Map<string, number>();
  for (const n of spaced) counts.set(n, (counts.get(n) ?? 0) + 1);
  return {
    data: { labels: Int32Array.from(spaced, (n) => nameIndex.get(n) as number), names, indices: Int32Array.from(rows, (_, i) => i), sprite },
    nameIndex,
    frequent: names.filter((n) => (counts.get(n) ?? 0) >= 10),
    people: names.length,
  };
}
