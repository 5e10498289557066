/**
 * The page behind glKernels.test.ts (bundled by the test with esbuild): facelab's WebGL programs for
 * MTCNN's convs and pools against tfjs's own kernels on the same webgl backend, layer by layer on the
 * real weights and then whole detections, driven through `window.glCheck`.
 */
import * as tf from "@tensorflow/tfjs";
import { Mtcnn } from "facelab";
import { convPoolFits, convPreluGl, convPreluPoolGl, GL_KERNELS_FLAG, loadNetWeights, maxPoolGl, type NetName, type PoolSpec } from "facelab/kernels";
import { pixelsFrom, urlReader } from "facelab/browser";

const models = urlReader(new URL("models/mtcnn/", location.href).href);
/** Input side per net for the layer checks: odd widths, so the last packed column pair is half padding. */
const LAYER_INPUT: Record<NetName, { n: number; h: number; w: number }> = {
  pnet: { n: 1, h: 31, w: 45 },
  rnet: { n: 7, h: 13, w: 11 },
  onet: { n: 3, h: 25, w: 23 },
};

/** Largest |a − b| over the largest |b|, and the shapes. */
async function compare(a: tf.Tensor, b: tf.Tensor) {
  const [diff, scale] = tf.tidy(() => [tf.max(tf.abs(tf.sub(a, b))), tf.max(tf.abs(b))]);
  const [d, m] = await Promise.all([diff.data(), scale.data()]);
  tf.dispose([diff, scale]);
  return { shape: a.shape, refShape: b.shape, relErr: d[0] / Math.max(m[0], 1e-12) };
}

/** Every k×k conv layer of the three nets: facelab's program vs tf.fused.conv2d, same seeded input. */
async function layers() {
  const out = [];
  for (const net of ["pnet", "rnet", "onet"] as NetName[]) {
    const w = await loadNetWeights(net, models);
    for (const [key, filter] of w) {
      if (!key.endsWith("/weights") || filter.rank !== 4 || filter.shape[0] === 1) continue; // 1×1 convs stay tfjs's
      const conv = key.slice(0, -"/weights".length);
      const alpha = w.get(`prelu${conv.slice(4)}/alpha`);
      const bias = w.get(`${conv}/biases`)!;
      const { n, h, w: width } = LAYER_INPUT[net];
      const f = filter as tf.Tensor4D;
      const x = tf.randomNormal([n, h, width, f.shape[2]], 0, 1, "float32", 7) as tf.Tensor4D;
      const mine = convPreluGl(x, f, bias, alpha);
      const ref = tf.fused.conv2d({ x, filter: f, strides: 1, pad: "valid", bias, activation: "prelu", preluActivationWeights: alpha });
      out.push({ layer: `${net} ${conv}`, ...(await compare(mine, ref)) });
      tf.dispose([x, mine, ref]);
    }
    w.forEach((t) => t.dispose());
  }
  // Not in MTCNN: no PReLU, and 30 channels, which loop 2 at a time (channelStep).
  const x = tf.randomNormal([2, 9, 13, 30], 0, 1, "float32", 3) as tf.Tensor4D;
  const f = tf.randomNormal([3, 3, 30, 6], 0, 0.2, "float32", 5) as tf.Tensor4D;
  const b = tf.randomNormal([6], 0, 1, "float32", 9) as tf.Tensor1D;
  const mine = convPreluGl(x, f, b),
    ref = tf.fused.conv2d({ x, filter: f, strides: 1, pad: "valid", bias: b });
  out.push({ layer: "synthetic 30→6, no PReLU", ...(await compare(mine, ref)) });
  tf.dispose([x, f, b, mine, ref]);
  return out;
}

/** Each conv of the nets that feeds a pool, with that pool (the nets' own order); P-Net on odd and even sides. */
const CONV_POOLS: { net: NetName; conv: string; pool: PoolSpec; inputs: [number, number, number][] }[] = [
  {
    net: "pnet",
    conv: "conv1",
    pool: { size: 2, stride: 2, pad: "same" },
    inputs: [
      [1, 31, 45],
      [1, 32, 44],
      [1, 289, 385],
    ],
  },
  { net: "rnet", conv: "conv1", pool: { size: 3, stride: 2, pad: "same" }, inputs: [[7, 24, 24]] },
  { net: "rnet", conv: "conv2", pool: { size: 3, stride: 2, pad: "valid" }, inputs: [[7, 11, 11]] },
  { net: "onet", conv: "conv1", pool: { size: 3, stride: 2, pad: "same" }, inputs: [[3, 48, 48]] },
  { net: "onet", conv: "conv2", pool: { size: 3, stride: 2, pad: "valid" }, inputs: [[3, 23, 23]] },
  { net: "onet", conv: "conv3", pool: { size: 2, stride: 2, pad: "same" }, inputs: [[3, 10, 10]] },
];

/** The fused conv + pool program vs tf.fused.conv2d then tf.maxPool, on the real weights; also one without PReLU. */
async function convPools() {
  const out = [];
  for (const { net, conv, pool, inputs } of CONV_POOLS) {
    const w = await loadNetWeights(net, models);
    const f = w.get(`${conv}/weights`) as tf.Tensor4D,
      bias = w.get(`${conv}/biases`)!,
      alpha = w.get(`prelu${conv.slice(4)}/alpha`)!;
    for (const [n, h, width] of inputs) {
      const x = tf.randomNormal([n, h, width, f.shape[2]], 0, 1, "float32", 13) as tf.Tensor4D;
      const fits = convPoolFits(x.shape, f.shape[0], pool);
      const mine = convPreluPoolGl(x, f, bias, alpha, pool);
      const ref = tf.tidy(() =>
        tf.maxPool(
          tf.fused.conv2d({ x, filter: f, strides: 1, pad: "valid", bias, activation: "prelu", preluActivationWeights: alpha }),
          pool.size,
          pool.stride,
          pool.pad,
        ),
      );
      out.push({ layer: `${net} ${conv} + pool ${pool.size}/${pool.stride} ${pool.pad} on ${n}×${h}×${width}`, fits, ...(await compare(mine, ref)) });
      tf.dispose([x, mine, ref]);
    }
    w.forEach((t) => t.dispose());
  }
  const x = tf.randomNormal([2, 12, 15, 6], 0, 1, "float32", 3) as tf.Tensor4D;
  const f = tf.randomNormal([3, 3, 6, 4], 0, 0.3, "float32", 5) as tf.Tensor4D;
  const b = tf.randomNormal([4], 0, 1, "float32", 9) as tf.Tensor1D;
  const pool: PoolSpec = { size: 2, stride: 2, pad: "same" };
  const mine = convPreluPoolGl(x, f, b, undefined, pool);
  const ref = tf.tidy(() => tf.maxPool(tf.fused.conv2d({ x, filter: f, strides: 1, pad: "valid", bias: b }), 2, 2, "same"));
  out.push({ layer: "synthetic 6→4 + pool 2/2 same, no PReLU", fits: convPoolFits(x.shape, 3, pool), ...(await compare(mine, ref)) });
  tf.dispose([x, f, b, mine, ref]);
  return out;
}

/** MTCNN's pools and the awkward cases (odd sides, padding before the first column) vs tf.maxPool. */
async function pools() {
  const cases: [[number, number, number, number], number, number, "same" | "valid"][] = [
    [[1, 285, 381, 10], 2, 2, "same"],
    [[5, 22, 22, 28], 3, 2, "same"],
    [[5, 9, 9, 48], 3, 2, "valid"],
    [[3, 46, 46, 32], 3, 2, "same"],
    [[3, 21, 21, 64], 3, 2, "valid"],
    [[3, 8, 8, 64], 2, 2, "same"],
    [[2, 7, 7, 6], 3, 2, "same"],
    [[2, 7, 9, 6], 3, 1, "same"],
    [[1, 5, 6, 3], 3, 2, "valid"],
  ];
  const out = [];
  for (const [shape, k, stride, pad] of cases) {
    const x = tf.randomNormal(shape, 0, 1, "float32", 11) as tf.Tensor4D;
    const mine = maxPoolGl(x, k, stride, pad),
      ref = tf.maxPool(x, k, stride, pad);
    out.push({ pool: `${shape.join("×")} k${k} s${stride} ${pad}`, ...(await compare(mine, ref)) });
    tf.dispose([x, mine, ref]);
  }
  return out;
}

async function pixelsOf(url: string) {
  const bitmap = await createImageBitmap(await (await fetch(url)).blob());
  const canvas = document.createElement("canvas");
  canvas.width = bitmap.width;
  canvas.height = bitmap.height;
  canvas.getContext("2d")!.drawImage(bitmap, 0, 0);
  return pixelsFrom(canvas);
}

/** Whole detections with facelab's programs and with tfjs's kernels; tensors left; every kernel tfjs ran, in order. */
async function detect(photos: string[]) {
  const mtcnn = await Mtcnn.load(models);
  const images = await Promise.all(photos.map((p) => pixelsOf(p)));
  const run = async (gl: boolean) => {
    tf.env().set(GL_KERNELS_FLAG, gl);
    const faces = [];
    for (const im of images) faces.push(await mtcnn.detect(im));
    return faces;
  };
  const kernels = async (gl: boolean) => {
    tf.env().set(GL_KERNELS_FLAG, gl);
    const p = await tf.profile(() => mtcnn.detect(images[0]) as never);
    return p.kernels.map((k) => k.name);
  };
  const ours = await run(true);
  const before = tf.memory().numTensors;
  await run(true);
  const leaked = tf.memory().numTensors - before;
  const theirs = await run(false);
  const kernelsOurs = await kernels(true),
    kernelsTheirs = await kernels(false);
  tf.env().set(GL_KERNELS_FLAG, true);
  return { backend: tf.getBackend(), ours, theirs, leaked, kernelsOurs, kernelsTheirs };
}

declare global {
  interface Window {
    glCheck: Record<string, (...args: never[]) => Promise<unknown>>;
    glReady: string;
  }
}
window.glCheck = { layers, convPools, pools, detect };
tf.setBackend("webgl").then(
  async (ok) => {
    await tf.ready();
    window.glReady = ok ? tf.getBackend() : "none";
  },
  () => {
    window.glReady = "none";
  },
);
