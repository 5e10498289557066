/**
 * t-SNE settings, with every default and its source in one object. The optimiser constants follow
 * van der Maaten & Hinton (2008) and the reference `tsne.m`; early exaggeration 12 for 250 iterations
 * follows scikit-learn and openTSNE (Belkina et al. 2019 found 12 better than the paper's 4).
 */

export interface TsneOptions {
  /** Output dimensions: 2 for a map, 3 for a 3-D view. */
  dims: number;
  /** Effective number of neighbours each point's Gaussian is tuned to (paper: 5–50). */
  perplexity: number;
  /** Neighbours kept per point in P; `0` keeps all (exact t-SNE), `3·perplexity` is the Barnes-Hut-SNE choice. */
  neighbours: number;
  /** Gradient-descent step size (paper and tsne.m: 100–500; sklearn's old default 200). */
  learningRate: number;
  /** Factor on P during the first `exaggerationIterations` steps, so clusters form early. */
  earlyExaggeration: number;
  /** How long early exaggeration (and the low momentum) lasts. */
  exaggerationIterations: number;
  /** Momentum while exaggerating (tsne.m: 0.5). */
  momentum: number;
  /** Momentum afterwards (tsne.m: 0.8). */
  finalMomentum: number;
  /** Lower bound on the adaptive per-coordinate gains (tsne.m: 0.01). */
  minGain: number;
  /** Barnes-Hut accuracy θ for the repulsion (2-D only); 0 computes it exactly (van der Maaten 2014: 0.5). */
  theta: number;
  /** Seed of the random initial layout (see src/core/random.ts). */
  seed: number;
  /** Standard deviation of the initial Gaussian layout (tsne.m: 1e-4). */
  initialScale: number;
}

export const DEFAULT_TSNE: Readonly<TsneOptions> = Object.freeze({
  dims: 2,
  perplexity: 30,
  neighbours: 0,
  learningRate: 200,
  earlyExaggeration: 12,
  exaggerationIterations: 250,
  momentum: 0.5,
  finalMomentum: 0.8,
  minGain: 0.01,
  theta: 0,
  seed: 1,
  initialScale: 1e-4,
});

/** Defaults merged with `options`, validated; throws a message naming the bad option. */
export function resolveTsneOptions(options: Partial<TsneOptions> = {}, n = Infinity): TsneOptions {
  const o: TsneOptions = { ...DEFAULT_TSNE };
  for (const key of Object.keys(DEFAULT_TSNE) as (keyof TsneOptions)[]) o[key] = options[key] ?? DEFAULT_TSNE[key];
  const bad = (why: string) => {
    throw new RangeError(`t-SNE: ${why}`);
  };
  if (!Number.isInteger(o.dims) || o.dims < 1) bad(`dims must be a positive integer, got ${o.dims}`);
  if (!(o.perplexity > 0)) bad(`perplexity must be positive, got ${o.perplexity}`);
  if (o.perplexity >= n) bad(`perplexity ${o.perplexity} needs more than ${n} points`);
  if (!Number.isInteger(o.neighbours) || o.neighbours < 0) bad(`neighbours must be a non-negative integer, got ${o.neighbours}`);
  if (!(o.learningRate > 0)) bad(`learningRate must be positive, got ${o.learningRate}`);
  if (!(o.earlyExaggeration >= 1)) bad(`earlyExaggeration must be at least 1, got ${o.earlyExaggeration}`);
  if (!(o.theta >= 0) || (o.theta > 0 && o.dims !== 2)) bad(`theta must be ≥ 0, and 0 unless dims is 2; got ${o.theta} for ${o.dims}-D`);
  if (!(o.minGain > 0)) bad(`minGain must be positive, got ${o.minGain}`);
  return o;
}
