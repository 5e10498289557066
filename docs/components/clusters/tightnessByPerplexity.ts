// How tight the people are on each finished perplexity map (perplexity → tightness; maps still
// running are left out), for the sentence under the maps and the exercise's answer.
import { mapTightness } from "../clusterGeometry.js";
import type { LfwSubset } from "../lfwSubset.js";
import type { TsneLayout } from "../tsneRunner.js";

export function tightnessByPerplexity(subset: LfwSubset, perplexities: readonly number[], maps: readonly (TsneLayout | null)[]): Map<number, number> {
  return new Map(
    perplexities.flatMap((p, i): [number, number][] => {
      const map = maps[i];
      return map ? [[p, mapTightness(map.y, subset.labels, subset.names.length)]] : [];
    }),
  );
}
