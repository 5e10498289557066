/**
 * `npm run bench:fused`: what fusing bought. Every conv / dense layer of MTCNN at the shapes a
 * 640×480 photo gives it (P-Net's largest level at min face 20, R-Net on 128 crops, O-Net on 32),
 * run as one fused kernel (`tf.fused.conv2d` / `tf.fused.matMul` with bias and PReLU, what
 * src/mtcnn/layers.ts does) and as three ops (conv, add, prelu — what it did before), interleaved
 * A B A B in one process on each Node backend. On cpu a third contender runs interleaved with them:
 * facelab's own loops (src/mtcnn/accelerators/jsKernels.ts), which layers.ts uses there instead of tfjs's fused
 * kernel. Random weights: only the time matters here. Writes bench/results/fused-layers.json.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { convPreluCpu, densePreluCpu } from "../src/mtcnn/accelerators/jsKernels.js";
import { median } from "../src/math/statistics.js";
import { machine, writeResult } from "./results.js";

const REPS = Number(process.env.BENCH_REPS ?? 9);
const BACKENDS = (process.env.BENCH_BACKENDS ?? "wasm,cpu").split(",");

/** One layer: input shape, then a conv kernel [k, k, in, out] or, for dense, [in, out]. */
interface Layer {
  net: string;
  name: string;
  input: number[];
  kernel: number[];
}
const conv = (net: string, name: string, input: number[], k: number, out: number): Layer => ({ net, name, input, kernel: [k, k, input[3], out] });
const LAYERS: Layer[] = [
  conv("pnet", "conv1", [1, 288, 384, 3], 3, 10),
  conv("pnet", "conv2", [1, 143, 191, 10], 3, 16),
  conv("pnet", "conv3", [1, 141, 189, 16], 3, 32),
  conv("pnet", "conv4", [1, 139, 187, 32], 1, 6),
  conv("rnet", "conv1", [128, 24, 24, 3], 3, 28),
  conv("rnet", "conv2", [128, 11, 11, 28], 3, 48),
  conv("rnet", "conv3", [128, 4, 4, 48], 2, 64),
  { net: "rnet", name: "conv4 (dense)", input: [128, 576], kernel: [576, 128] },
  conv("onet", "conv1", [32, 48, 48, 3], 3, 32),
  conv("onet", "conv2", [32, 23, 23, 32], 3, 64),
  conv("onet", "conv3", [32, 10, 10, 64], 3, 64),
  conv("onet", "conv4", [32, 4, 4, 64], 2, 128),
  { net: "onet", name: "conv5 (dense)", input: [32, 1152], kernel: [1152, 256] },
];

/** The layer as three ops or as one fused kernel; returns the output (the caller disposes it). */
function run(l: Layer, x: tf.Tensor, w: tf.Tensor, b: tf.Tensor1D, alpha: tf.Tensor1D, fused: boolean): tf.Tensor {
  if (l.kernel.length === 2) {
    return fused
      ? tf.fused.matMul({ a: x as tf.Tensor2D, b: w as tf.Tensor2D, bias: b, activation: "prelu", preluActivationWeights: alpha })
      : tf.tidy(() => tf.prelu(tf.add(tf.matMul(x as tf.Tensor2D, w as tf.Tensor2D), b), alpha));
  }
  return fused
    ? tf.fused.conv2d({ x: x as tf.Tensor4D, filter: w as tf.Tensor4D, strides: 1, pad: "valid", bias: b, activation: "prelu", preluActivationWeights: alpha })
    : tf.tidy(() => tf.prelu(tf.add(tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, "valid"), b), alpha));
}

/** The layer through facelab's JavaScript loops (cpu backend only). */
function runJs(l: Layer, x: tf.Tensor, w: tf.Tensor, b: tf.Tensor1D, alpha: tf.Tensor1D): tf.Tensor {
  return l.kernel.length === 2 ? densePreluCpu(x as tf.Tensor2D, w as tf.Tensor2D, b, alpha) : convPreluCpu(x as tf.Tensor4D, w as tf.Tensor4D, b, alpha);
}

/** Milliseconds for one call, including the read that makes the backend finish. */
async function time(f: () => tf.Tensor): Promise<number> {
  const t0 = performance.now();
  const y = f();
  await y.data();
  const ms = performance.now() - t0;
  y.dispose();
  return ms;
}

const results = [];
for (const backend of BACKENDS) {
  await tf.setBackend(backend);
  await tf.ready();
  const reps = backend === "cpu" ? Math.min(REPS, 3) : REPS;
  const withJs = backend === "cpu";
  type Row = {
    net: string;
    layer: string;
    input: number[];
    kernel: number[];
    fusedMs: number;
    separateMs: number;
    ratio: number;
    jsMs?: number;
    jsRatio?: number;
  };
  const rows: Row[] = [];
  for (const l of LAYERS) {
    const out = l.kernel.at(-1)!;
    const x = tf.randomUniform(l.input, -1, 1, "float32", 1);
    const w = tf.randomUniform(l.kernel, -0.1, 0.1, "float32", 2);
    const b = tf.randomUniform([out], -0.1, 0.1, "float32", 3) as tf.Tensor1D;
    const alpha = tf.fill([out], 0.25) as tf.Tensor1D;
    await time(() => run(l, x, w, b, alpha, true)); // warm-up, both ways
    await time(() => run(l, x, w, b, alpha, false));
    if (withJs) await time(() => runJs(l, x, w, b, alpha));
    const fused: number[] = [],
      separate: number[] = [],
      js: number[] = [];
    for (let r = 0; r < reps; r++) {
      fused.push(await time(() => run(l, x, w, b, alpha, true)));
      separate.push(await time(() => run(l, x, w, b, alpha, false)));
      if (withJs) js.push(await time(() => runJs(l, x, w, b, alpha)));
    }
    tf.dispose([x, w, b, alpha]);
    const fusedMs = median(fused),
      separateMs = median(separate);
    const row: Row = { net: l.net, layer: l.name, input: l.input, kernel: l.kernel, fusedMs, separateMs, ratio: fusedMs / separateMs };
    if (withJs) Object.assign(row, { jsMs: median(js), jsRatio: median(js) / fusedMs });
    console.error(
      `${backend} ${l.net} ${l.name.padEnd(14)} fused ${row.fusedMs.toFixed(2).padStart(8)} ms, separate ${row.separateMs.toFixed(2).padStart(8)} ms → ${row.ratio.toFixed(2)}×` +
        (row.jsMs === undefined ? "" : `; facelab's loops ${row.jsMs.toFixed(2).padStart(8)} ms → ${row.jsRatio!.toFixed(2)}× of fused`),
    );
    rows.push(row);
  }
  const byNet = Object.fromEntries(
    ["pnet", "rnet", "onet"].map((net) => {
      const rs = rows.filter((r) => r.net === net);
      const f = rs.reduce((s, r) => s + r.fusedMs, 0),
        p = rs.reduce((s, r) => s + r.separateMs, 0);
      const j = withJs ? rs.reduce((s, r) => s + r.jsMs!, 0) : undefined;
      return [net, { fusedMs: f, separateMs: p, ratio: f / p, ...(j === undefined ? {} : { jsMs: j, jsRatio: j / f }) }];
    }),
  );
  console.error(
    `${backend}: ${Object.entries(byNet)
      .map(([n, v]) => `${n} ${v.ratio.toFixed(2)}×`)
      .join(", ")} (fused / separate)`,
  );
  if (withJs)
    console.error(
      `${backend}: ${Object.entries(byNet)
        .map(([n, v]) => `${n} ${v.jsRatio!.toFixed(2)}×`)
        .join(", ")} (facelab's loops / tfjs fused)`,
    );
  results.push({ backend, reps, rows, byNet });
}
if (!process.env.BENCH_BACKENDS) writeResult("fused-layers.json", { machine: machine(), results });
