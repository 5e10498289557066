/**
 * Build-time t-SNE map of all 13,233 LFW faces (data/lfw/layout.f32 + layout.json). Too many points to
 * optimise live, so it runs here once, with Barnes-Hut-SNE's sparse P (3·perplexity nearest neighbours)
 * and Barnes-Hut repulsion (θ = 0.5) in 2-D (exact O(n²) repulsion in 3-D: slow). Also records the
 * 1-NN identity accuracy of the map and of the 128-D embeddings it was made from.
 *   node --import tsx scripts/lfwLayout.ts [--iterations 1000] [--dims 2] [--out data/lfw]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../src/node/writeAtomic.js";
import { nearestNeighbourAccuracy } from "../src/cluster/nearestNeighbour.js";
import { unitRows } from "../src/math/vector.js";
import { TsneState } from "../src/tsne/tsneState.js";
import { DEFAULT_TSNE } from "../src/tsne/options.js";

const { values: args } = parseArgs({
  options: {
    iterations: { type: "string", default: "1000" },
    dims: { type: "string", default: "2" },
    out: { type: "string", default: "data/lfw" },
    seed: { type: "string", default: "1" },
  },
});
const dir = path.resolve(args.out);
const dims = Number(args.dims),
  iterations = Number(args.iterations),
  seed = Number(args.seed);

const bytes = readFileSync(path.join(dir, "embeddings.f32"));
const raw = new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
const d = 128,
  n = raw.length / d;
const x = unitRows(Float64Array.from(raw), d);
const people = readFileSync(path.join(dir, "embeddings.tsv"), "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("/")[0]);
if (people.length !== n) throw new Error(`${dir}: ${people.length} rows in embeddings.tsv for ${n} embeddings`);
const ids = new Map<string, number>();
const labels = Int32Array.from(people, (p) => ids.get(p) ?? (ids.set(p, ids.size), ids.size - 1));

const options = {
  dims,
  seed,
  perplexity: DEFAULT_TSNE.perplexity,
  neighbours: 3 * DEFAULT_TSNE.perplexity,
  learningRate: Math.round(n / 12),
  theta: dims === 2 ? 0.5 : 0,
};
const t0 = Date.now();
const state = TsneState.fromData(x, n, d, options, (i) => {
  if (i % 1000 === 0) log(`affinities ${i}/${n}`);
});
log(`affinities done in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
for (let i = 0; i < iterations; i++) {
  state.step();
  if (i % 25 === 0) log(`iteration ${i}/${iterations}`);
}
const seconds = (Date.now() - t0) / 1000;
const kl = state.kl();
log(`t-SNE done: KL ${kl.toFixed(3)}, ${seconds.toFixed(0)} s; 1-NN accuracies…`);
const layout = Float32Array.from(state.y);
const nn2 = nearestNeighbourAccuracy(layout, dims, labels);
const nn128 = nearestNeighbourAccuracy(x, d, labels);

const name = dims === 2 ? "layout" : `layout${dims}d`;
await writeAtomic(path.join(dir, `${name}.f32`), new Uint8Array(layout.buffer));
await writeAtomic(
  path.join(dir, `${name}.json`),
  new TextEncoder().encode(
    JSON.stringify(
      {
        made: new Date().toISOString().slice(0, 10),
        points: n,
        dims,
        iterations,
        kl,
        seconds: Math.round(seconds),
        options: { ...DEFAULT_TSNE, ...options },
        input: "embeddings.f32, each row scaled to unit length",
        source: "scripts/lfwLayout.ts",
        nearestNeighbour: { scored: nn2.scored, [`${dims}d`]: nn2.accuracy, "128d": nn128.accuracy },
      },
      null,
      2,
    ) + "\n",
  ),
);
log(`wrote ${name}.f32 and ${name}.json: 1-NN ${dims}-D ${nn2.accuracy.toFixed(4)}, 128-D ${nn128.accuracy.toFixed(4)} over ${nn2.scored} faces`);

function log(message: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${message}\n`);
}
