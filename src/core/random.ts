/**
 * A seeded pseudo-random generator for everything the project samples (mini-batches, triplet
 * negatives), so a run can be repeated exactly. mulberry32 (Tommy Ettinger, public domain): 32 bits of
 * state, uniform in [0, 1), fast and good enough for sampling — not for cryptography.
 */

/** A generator of uniform numbers in [0, 1), fully determined by `seed`. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A uniform integer in [0, n). */
export function randomInt(random: () => number, n: number): number {
  return Math.min(n - 1, Math.floor(random() * n));
}

/** `k` distinct elements of `items` in random order (a partial Fisher–Yates shuffle of a copy). */
export function sampleWithoutReplacement<T>(items: readonly T[], k: number, random: () => number): T[] {
  const pool = items.slice();
  const m = Math.min(k, pool.length);
  for (let i = 0; i < m; i++) {
    const j = i + randomInt(random, pool.length - i);
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, m);
}

/** A standard normal draw (Box–Muller on two uniforms). */
export function randomNormal(random: () => number): number {
  const u = 1 - random(); // (0, 1]: log stays finite
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
