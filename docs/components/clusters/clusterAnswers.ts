// The answers of the clusters page's exercises, measured on the page's own maps and embeddings when
// the reader asks: how tight people are at two perplexities, whether the map's farthest pair of people
// is also the farthest in 128-D, and how DBSCAN's eps changes the number of groups.
import { dbscan, NOISE } from "facelab";
import type { CentroidPair } from "../clusterGeometry.js";
import type { Answer } from "../tryThis.js";

/** Tightness (smaller = tighter) at perplexity `low` against `high`, from the lesson maps (perplexity → tightness). */
export function tightnessAnswer(tightness: ReadonlyMap<number, number>, low: number, high: number): Answer {
  const a = tightness.get(low),
    b = tightness.get(high);
  if (a === undefined || b === undefined) throw new Error(`the perplexity ${a === undefined ? low : high} map is still running`);
  const choice = Math.abs(a - b) < 0.02 ? "about the same" : a < b ? `tighter at ${low}` : `tighter at ${high}`;
  const all = [...tightness].map(([p, v]) => `${p}: ${v.toFixed(3)}`).join(", ");
  const [tightest] = [...tightness].reduce((best, e) => (e[1] < best[1] ? e : best));
  return {
    choice,
    explain: `Each person's spread divided by the whole map's, measured on the maps above (perplexity: spread) — ${all}. ${a.toFixed(3)} at ${low} against ${b.toFixed(3)} at ${high}; the tightest map is at perplexity ${tightest}. Too low a perplexity splits a person into clumps that land apart; too high a one lets other people's faces count as neighbours until the islands melt into one cloud.`,
  };
}

/** Whether the two people farthest apart on the map are also the farthest apart in 128-D. */
export function farthestPairAnswer(pairs: readonly CentroidPair[]): Answer {
  if (pairs.length === 0) throw new Error("the live map has no layout yet");
  const onMap = pairs.reduce((a, b) => (b.d2 > a.d2 ? b : a));
  const rank = 1 + pairs.filter((p) => p.d128 > onMap.d128).length;
  return {
    choice: rank === 1 ? "yes" : "no",
    explain: `On the map, ${onMap.a} and ${onMap.b} are the farthest apart; in 128-D their distance ranks ${rank} of ${pairs.length} pairs. t-SNE keeps neighbours, not the distances between far-apart islands.`,
  };
}

/** DBSCAN's number of groups (and noise faces) at `from` against `to`, at `minPts`. */
export function epsAnswer(dist: ArrayLike<number>, n: number, from: number, to: number, minPts: number): Answer {
  const run = (eps: number) => {
    const labels = dbscan(dist, n, { eps, minPts });
    return { groups: new Set([...labels].filter((l) => l !== NOISE)).size, noise: [...labels].filter((l) => l === NOISE).length };
  };
  const a = run(from),
    b = run(to);
  const groups = (k: number) => `${k} group${k === 1 ? "" : "s"}`;
  const choice = b.groups > a.groups ? "more groups" : b.groups < a.groups ? "fewer groups" : "the same";
  return {
    choice,
    explain: `At eps ${from}: ${groups(a.groups)} and ${a.noise} noise faces; at eps ${to}: ${groups(b.groups)} and ${b.noise} noise faces (minPts ${minPts}). A larger eps first turns noise into groups, then chains groups into each other until different people merge.`,
  };
}
