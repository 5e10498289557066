// The answers of the clusters page's exercises, measured on the page's own maps and embeddings when
// the reader asks: how tight people are at two perplexities, whether the map's farthest pair of people
// is also the farthest in 128-D, and how DBSCAN's eps changes the number of groups. The choices they
// return are the page's own (msg.clusters), so they match the cards' choices in either edition.
import { dbscan, NOISE } from "facelab";
import type { CentroidPair } from "../clusterGeometry.js";
import type { Answer } from "../tryThis.js";
import { msg } from "../i18n.js";

/** Tightness (smaller = tighter) at perplexity `low` against `high`, from the lesson maps (perplexity → tightness). */
export function tightnessAnswer(tightness: ReadonlyMap<number, number>, low: number, high: number): Answer {
  const t = msg.clusters;
  const a = tightness.get(low),
    b = tightness.get(high);
  if (a === undefined || b === undefined) throw new Error(t.mapRunning(a === undefined ? low : high));
  const choice = Math.abs(a - b) < 0.02 ? t.aboutSame : a < b ? t.tighterAt(low) : t.tighterAt(high);
  const all = t.tightList([...tightness].map(([p, v]): [number, string] => [p, v.toFixed(3)]));
  const [tightest] = [...tightness].reduce((best, e) => (e[1] < best[1] ? e : best));
  return { choice, explain: t.tightExplain(all, a.toFixed(3), low, b.toFixed(3), high, tightest) };
}

/** Whether the two people farthest apart on the map are also the farthest apart in 128-D. */
export function farthestPairAnswer(pairs: readonly CentroidPair[]): Answer {
  const t = msg.clusters;
  if (pairs.length === 0) throw new Error(t.noLayout);
  const onMap = pairs.reduce((a, b) => (b.d2 > a.d2 ? b : a));
  const rank = 1 + pairs.filter((p) => p.d128 > onMap.d128).length;
  return { choice: rank === 1 ? t.yes : t.no, explain: t.farExplain(onMap.a, onMap.b, rank, pairs.length) };
}

/** DBSCAN's number of groups (and noise faces) at `from` against `to`, at `minPts`. */
export function epsAnswer(dist: ArrayLike<number>, n: number, from: number, to: number, minPts: number): Answer {
  const t = msg.clusters;
  const run = (eps: number) => {
    const labels = dbscan(dist, n, { eps, minPts });
    return { groups: new Set([...labels].filter((l) => l !== NOISE)).size, noise: [...labels].filter((l) => l === NOISE).length };
  };
  const a = run(from),
    b = run(to);
  const choice = b.groups > a.groups ? t.moreGroups : b.groups < a.groups ? t.fewerGroups : t.theSame;
  return { choice, explain: t.epsExplain(from, t.groups(a.groups), a.noise, to, t.groups(b.groups), b.noise, minPts) };
}
