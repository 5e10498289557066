import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { seededRandom, randomNormal } from "../src/core/random.js";
import { affinities, symmetrise, transpose, type Affinities } from "../src/tsne/affinities.js";
import { klDivergence, klGradient, splitGradient } from "../src/tsne/gradient.js";
import { nearest } from "../src/tsne/neighbours.js";
import { calibrateRow } from "../src/tsne/perplexity.js";
import { resolveTsneOptions } from "../src/tsne/options.js";
import { TsneState } from "../src/tsne/tsneState.js";

/** n points in d dimensions: `groups` Gaussian blobs 10 apart, seeded. */
function blobs(n: number, d: number, groups: number, seed = 7): Float64Array {
  const r = seededRandom(seed);
  return Float64Array.from({ length: n * d }, (_, e) => randomNormal(r) + (e % d === 0 ? 10 * (Math.floor(e / d) % groups) : 0));
}

const sumOf = (a: ArrayLike<number>) => Array.from(a).reduce((s, v) => s + v, 0);

describe("perplexity calibration", () => {
  test("calibrateRow reaches entropy log(perplexity) and sums to 1", () => {
    const r = seededRandom(3);
    const d2 = Float64Array.from({ length: 200 }, () => 10 * r());
    for (const perplexity of [2, 5, 30, 100]) {
      const { p, entropy } = calibrateRow(d2, perplexity);
      assert.ok(Math.abs(entropy - Math.log(perplexity)) < 1e-4, `perplexity ${perplexity}: entropy ${entropy}`);
      const h = -sumOf(Array.from(p, (v) => (v > 0 ? v * Math.log(v) : 0)));
      assert.ok(Math.abs(h - Math.log(perplexity)) < 1e-4, "the entropy reported is the entropy of p");
      assert.ok(Math.abs(sumOf(p) - 1) < 1e-12);
    }
  });

  test("equal distances give the uniform distribution, whose perplexity is the count", () => {
    const { p, entropy } = calibrateRow(new Float64Array(8).fill(3), 8);
    assert.ok(p.every((v) => Math.abs(v - 1 / 8) < 1e-12));
    assert.ok(Math.abs(entropy - Math.log(8)) < 1e-9);
  });
});

describe("affinities", () => {
  test("nearest keeps the k smallest, skipping self", () => {
    assert.deepEqual(Array.from(nearest([0, 5, 1, 4, 2, 3], 3, 0)), [2, 4, 5]);
    assert.deepEqual(Array.from(nearest([9, 5, 1, 4, 2, 3], 2, 2)), [4, 5]);
  });

  test("exact P is symmetric, sums to 1 and gives every point mass ≥ 1/2n", () => {
    const n = 30;
    const p = affinities(blobs(n, 4, 3), n, 4, { perplexity: 5, neighbours: 0 });
    assert.equal(p.cols.length, n * (n - 1));
    assert.ok(Math.abs(sumOf(p.values) - 1) < 1e-12);
    const dense = toDense(p);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < n; j++) assert.ok(Math.abs(dense[i * n + j] - dense[j * n + i]) < 1e-15);
      assert.ok(sumOf(dense.subarray(i * n, (i + 1) * n)) >= 1 / (2 * n) - 1e-15);
    }
  });

  test("sparse P (k nearest) is symmetric and sums to 1; symmetrise agrees with the all-pairs shortcut", () => {
    const n = 40,
      x = blobs(n, 3, 2);
    const sparse = affinities(x, n, 3, { perplexity: 3, neighbours: 9 });
    const dense = toDense(sparse);
    for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) assert.equal(dense[i * n + j], dense[j * n + i]);
    assert.ok(Math.abs(sumOf(sparse.values) - 1) < 1e-12);
    const exact = affinities(x, n, 3, { perplexity: 3, neighbours: 0 });
    const viaTranspose = symmetrise({ ...transpose(transpose(unsymmetrised(exact))), n }); // general path
    assert.ok(toDense(viaTranspose).every((v, e) => Math.abs(v - toDense(symmetrise(unsymmetrised(exact)))[e]) < 1e-15));
  });
});

describe("gradient", () => {
  test("klGradient matches central finite differences of klDivergence (6 points in 2-D)", () => {
    const n = 6,
      dims = 2;
    const p = affinities(blobs(n, 5, 2), n, 5, { perplexity: 2, neighbours: 0 });
    assertGradientMatches(p, dims, 11);
  });

  test("the all-pairs fast path equals the general split computation", () => {
    const n = 25,
      p = affinities(blobs(n, 4, 3), n, 4, { perplexity: 5, neighbours: 0 });
    const r = seededRandom(2);
    const y = Float64Array.from({ length: n * 2 }, () => randomNormal(r));
    const fast = new Float64Array(n * 2),
      split = new Float64Array(n * 2);
    assert.ok(Math.abs(klGradient(p, y, 2, 12, fast) - splitGradient(p, y, 2, 12, split)) < 1e-9);
    fast.forEach((g, k) => assert.ok(Math.abs(g - split[k]) < 1e-12, `coordinate ${k}`));
  });

  test("the gradient also matches finite differences in 3-D and with sparse P", () => {
    const n = 8,
      dims = 3;
    const p = affinities(blobs(n, 4, 2), n, 4, { perplexity: 2, neighbours: 4 });
    assertGradientMatches(p, dims, 5);
  });
});

describe("TsneState", () => {
  test("the same seed gives the same layout, bit for bit; another seed does not", () => {
    const n = 50,
      x = blobs(n, 6, 3);
    const run = (seed: number) => {
      const s = TsneState.fromData(x, n, 6, { perplexity: 10, seed });
      for (let i = 0; i < 30; i++) s.step();
      return s.y;
    };
    assert.deepEqual(run(4), run(4));
    assert.notDeepEqual(run(4), run(5));
  });

  test("after early exaggeration, optimising lowers KL and separates three blobs", () => {
    const n = 60,
      x = blobs(n, 5, 3);
    const s = TsneState.fromData(x, n, 5, { perplexity: 8, learningRate: 50 });
    for (let i = 0; i < 250; i++) s.step();
    const exaggerated = s.kl(); // KL of the true P, which exaggeration was not minimising
    for (let i = 0; i < 350; i++) s.step();
    assert.equal(s.iteration, 600);
    assert.ok(s.kl() < exaggerated / 2, `KL ${exaggerated} → ${s.kl()}`);
    for (let i = 0; i < n; i++) {
      let best = -1,
        bestD = Infinity;
      for (let j = 0; j < n; j++) {
        const d = (s.y[2 * i] - s.y[2 * j]) ** 2 + (s.y[2 * i + 1] - s.y[2 * j + 1]) ** 2;
        if (j !== i && d < bestD) {
          bestD = d;
          best = j;
        }
      }
      assert.equal(best % 3, i % 3, `point ${i}`);
    }
  });

  test("early exaggeration applies for the set number of iterations, and the layout stays centred", () => {
    const s = TsneState.fromData(blobs(20, 3, 2), 20, 3, { perplexity: 4, exaggerationIterations: 3, earlyExaggeration: 12 });
    assert.equal(s.exaggeration, 12);
    for (let i = 0; i < 3; i++) s.step();
    assert.equal(s.exaggeration, 1);
    s.setOptions({ earlyExaggeration: 4, exaggerationIterations: 10 });
    assert.equal(s.exaggeration, 4);
    assert.ok(Math.abs(sumOf(s.y.filter((_, k) => k % 2 === 0))) < 1e-9);
  });

  test("bad options are refused with the option's name", () => {
    assert.throws(() => resolveTsneOptions({ perplexity: 50 }, 20), /perplexity 50 needs more than 20 points/);
    assert.throws(() => resolveTsneOptions({ learningRate: -1 }), /learningRate/);
    assert.throws(() => resolveTsneOptions({ dims: 1.5 }), /dims/);
  });
});

/** Compares klGradient at a seeded random layout with central differences of klDivergence, h = 1e-6. */
function assertGradientMatches(p: Affinities, dims: number, seed: number): void {
  const r = seededRandom(seed);
  const y = Float64Array.from({ length: p.n * dims }, () => randomNormal(r));
  const grad = new Float64Array(p.n * dims);
  klGradient(p, y, dims, 1, grad);
  const h = 1e-6;
  for (let k = 0; k < y.length; k++) {
    const plus = y.slice(),
      minus = y.slice();
    plus[k] += h;
    minus[k] -= h;
    const numeric = (klDivergence(p, plus, dims) - klDivergence(p, minus, dims)) / (2 * h);
    assert.ok(Math.abs(numeric - grad[k]) < 1e-6, `coordinate ${k}: analytic ${grad[k]}, numeric ${numeric}`);
  }
}

/** P as a dense n × n array. */
function toDense(p: Affinities): Float64Array {
  const out = new Float64Array(p.n * p.n);
  for (let i = 0; i < p.n; i++) for (let e = p.rowStart[i]; e < p.rowStart[i + 1]; e++) out[i * p.n + p.cols[e]] = p.values[e];
  return out;
}

/** Conditional-like rows from a joint P (scaled by 2n), to feed symmetrise again. */
function unsymmetrised(p: Affinities): Affinities {
  return { ...p, values: p.values.map((v) => v * 2 * p.n) };
}

describe("Barnes-Hut", () => {
  const n = 300;
  const p = affinities(blobs(n, 5, 4), n, 5, { perplexity: 10, neighbours: 30 });
  const r = seededRandom(9);
  const y = Float64Array.from({ length: n * 2 }, () => 5 * randomNormal(r));
  const exact = new Float64Array(n * 2);
  const zExact = klGradient(p, y, 2, 1, exact);

  test("θ = 0 reproduces the exact gradient", () => {
    const bh = new Float64Array(n * 2);
    close(klGradient(p, y, 2, 1, bh, 0), zExact, 1e-9);
    bh.forEach((g, k) => close(g, exact[k], 1e-12));
    const tree = new Float64Array(n * 2);
    close(klGradient(p, y, 2, 1, tree, 1e-9), zExact, 1e-6); // the tree path with nothing summarised
    tree.forEach((g, k) => close(g, exact[k], 1e-9));
  });

  test("θ = 0.5 stays within 2 % of the exact gradient's norm", () => {
    const bh = new Float64Array(n * 2);
    const z = klGradient(p, y, 2, 1, bh, 0.5);
    assert.ok(Math.abs(z - zExact) / zExact < 0.01, `Z ${z} vs ${zExact}`);
    const err = Math.hypot(...bh.map((g, k) => g - exact[k])),
      norm = Math.hypot(...exact);
    assert.ok(err / norm < 0.02, `relative error ${err / norm}`);
  });
});

function close(a: number, b: number, tol: number): void {
  assert.ok(Math.abs(a - b) <= tol * Math.max(1, Math.abs(b)), `${a} ≠ ${b}`);
}
