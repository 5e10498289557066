/**
 * t-SNE's optimiser as an explicit state with one `step()` — gradient descent with momentum and
 * per-coordinate adaptive gains (Jacobs 1988), early exaggeration, re-centring — exactly as the
 * reference tsne.m, but with no loop inside, so a page or a worker decides when to step.
 */
import { randomNormal, seededRandom } from "../core/random.js";
import { affinities, type Affinities } from "./affinities.js";
import { klDivergence, klGradient } from "./gradient.js";
import { resolveTsneOptions, type TsneOptions } from "./options.js";

/** Settings that may change between steps (the page's sliders). */
export type TsneLiveOptions = Pick<TsneOptions, "learningRate" | "earlyExaggeration" | "exaggerationIterations">;

export class TsneState {
  readonly n: number;
  readonly dims: number;
  readonly p: Affinities;
  /** The layout, n × dims row-major; updated in place by `step()`. */
  readonly y: Float64Array;
  /** Steps taken so far. */
  iteration = 0;
  /** Z = Σ wᵢⱼ at the last step (for the objective without another O(n²) pass). */
  z = NaN;
  private options: TsneOptions;
  private readonly grad: Float64Array;
  private readonly update: Float64Array;
  private readonly gains: Float64Array;

  /** A state over precomputed affinities `p`, started from a seeded Gaussian layout. */
  constructor(p: Affinities, options: Partial<TsneOptions> = {}) {
    this.options = resolveTsneOptions(options, p.n);
    this.n = p.n;
    this.dims = this.options.dims;
    this.p = p;
    this.y = initialLayout(p.n, this.dims, this.options.seed, this.options.initialScale);
    this.grad = new Float64Array(this.y.length);
    this.update = new Float64Array(this.y.length);
    this.gains = new Float64Array(this.y.length).fill(1);
  }

  /** Affinities of the rows of `x` (n × d) at the options' perplexity, then a fresh state. */
  static fromData(x: ArrayLike<number>, n: number, d: number, options: Partial<TsneOptions> = {}, onRow?: (i: number, n: number) => void): TsneState {
    const o = resolveTsneOptions(options, n);
    return new TsneState(affinities(x, n, d, { perplexity: o.perplexity, neighbours: o.neighbours, onRow }), o);
  }

  /** Exaggeration factor in force at the current iteration. */
  get exaggeration(): number {
    return this.iteration < this.options.exaggerationIterations ? this.options.earlyExaggeration : 1;
  }

  /** Changes the learning rate or exaggeration schedule from the next step on. */
  setOptions(live: Partial<TsneLiveOptions>): void {
    this.options = resolveTsneOptions({ ...this.options, ...live }, this.n);
  }

  /** One gradient-descent iteration. */
  step(): void {
    const { learningRate, minGain, momentum, finalMomentum, exaggerationIterations, theta } = this.options;
    const mom = this.iteration < exaggerationIterations ? momentum : finalMomentum;
    this.z = klGradient(this.p, this.y, this.dims, this.exaggeration, this.grad, theta);
    const { y, grad, update, gains } = this;
    for (let k = 0; k < y.length; k++) {
      // Grow the gain where the gradient reverses the running update's direction, shrink it otherwise.
      gains[k] = Math.max(minGain, grad[k] > 0 !== update[k] > 0 ? gains[k] + 0.2 : gains[k] * 0.8);
      update[k] = mom * update[k] - learningRate * gains[k] * grad[k];
      y[k] += update[k];
    }
    centre(y, this.n, this.dims);
    this.iteration++;
  }

  /** KL(P‖Q) of the current layout (an O(n²) pass). */
  kl(): number {
    return klDivergence(this.p, this.y, this.dims);
  }
}

/** n points from N(0, scale²) in `dims` dimensions, determined by `seed`. */
function initialLayout(n: number, dims: number, seed: number, scale: number): Float64Array {
  const random = seededRandom(seed);
  return Float64Array.from({ length: n * dims }, () => scale * randomNormal(random));
}

/** Subtracts the mean of each coordinate (t-SNE's cost is translation-invariant; this keeps it bounded). */
function centre(y: Float64Array, n: number, dims: number): void {
  for (let k = 0; k < dims; k++) {
    let mean = 0;
    for (let i = 0; i < n; i++) mean += y[i * dims + k];
    mean /= n;
    for (let i = 0; i < n; i++) y[i * dims + k] -= mean;
  }
}
