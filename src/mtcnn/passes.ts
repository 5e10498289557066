/**
 * The cascade's three network passes, the building blocks of both `Mtcnn.detect` and `Mtcnn.trace`
 * so the two cannot drift apart. Each pass builds its inputs from the summed-area table, runs one net
 * on the whole batch inside `tf.tidy`, reads the result back once (counting the read) and hands it to
 * the pure bookkeeping of `stages.ts`. Only P-Net on a big photo reads more often: level by level, and
 * a level too big for one pass tile by tile, so memory stays bounded (`pnetMaps`). A pass returns what the next one needs plus what a page may
 * show; `detect` keeps only the boxes and lets the rest go.
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Box } from "../core/types.js";
import { batchPlan, pnetMapOf, probabilityRows, SHAPE_COMPILING_BACKENDS } from "./accelerators/index.js";
import type { IntegralImage } from "../image/integral.js";
import { areaResampleWindow } from "../image/areaResample.js";
import { cropInputs, INPUT_BIAS, INPUT_GAIN } from "./inputs.js";
import { onet, onetRaw } from "./onet.js";
import type { MtcnnConfig } from "./options.js";
import { pnet, pnetRaw } from "./pnet.js";
import { pnetOutputSide, pnetTiles, type PnetTile } from "./pnetTiles.js";
import type { PyramidLevel } from "./pyramid.js";
import { rnet, rnetRaw } from "./rnet.js";
import { tensorCrops } from "./tensorCrops.js";
import { finish, proposals, refine, type OutputStage, type ProposalStage, type RefineStage, type ScaleMap } from "./stages.js";
import type { NetName, NetWeights } from "./weights.js";

/** The three networks' weights. */
export interface MtcnnNets {
  pnet: NetWeights;
  rnet: NetWeights;
  onet: NetWeights;
}

/** A count of GPU→CPU reads, incremented by every `data()` call the passes make. */
interface ReadCounter {
  count: number;
}

/** What every pass of one detection shares. */
export interface PassContext {
  nets: MtcnnNets;
  config: MtcnnConfig;
  /** The image's summed-area table, which every network input is resampled from. */
  ii: IntegralImage;
  /** The pyramid levels P-Net runs on, largest first. */
  levels: PyramidLevel[];
  /** The reads this detection has made so far. */
  reads: ReadCounter;
  /** The normalised image on the backend when crops are cut on the tensor side (`cropSampling` "bilinear"). */
  image: tf.Tensor4D | null;
  /** Whether tensor-side crops are also read back, for pages that show them (`trace`). */
  keepCrops: boolean;
}

/** A network stage's result and the normalised crops it was fed, `[n, size, size, 3]` in input order. */
export interface CroppedStage<S> {
  stage: S;
  crops: Float32Array;
}

/** Reads a tensor back once, counting the read, and disposes it. */
async function readOnce(t: tf.Tensor, reads: ReadCounter): Promise<Float32Array> {
  try {
    reads.count += 1;
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

/**
 * One forward pass of a single net on a normalised batch `[n, h, w, 3]`, outputs joined along the
 * last axis: P-Net `[n, h', w', 5]` (prob, reg); R-Net `[n, 5]`; O-Net `[n, 15]` (prob, reg, points).
 * The caller disposes the result.
 */
export function forward(nets: MtcnnNets, net: NetName, input: tf.Tensor4D): tf.Tensor {
  return tf.tidy(() => {
    if (net === "pnet") {
      const { prob, reg } = pnet(input, nets.pnet);
      return tf.concat([prob, reg], 3);
    }
    if (net === "rnet") {
      const { prob, reg } = rnet(input, nets.rnet);
      return tf.concat([prob, reg], 1);
    }
    const { prob, reg, points } = onet(input, nets.onet);
    return tf.concat([prob, reg, points], 1);
  });
}

/**
 * R-Net's or O-Net's raw rows (`rnetRaw`, `onetRaw`: logits first, the probability is worked out on
 * the CPU by heads.ts). Call inside `tf.tidy`.
 */
function rawRows(nets: MtcnnNets, net: "rnet" | "onet", input: tf.Tensor4D): tf.Tensor2D {
  return net === "rnet" ? rnetRaw(input, nets.rnet) : onetRaw(input, nets.onet);
}

/** The input pixels beneath one tile of a level, `[tile.rows.inN, tile.cols.inN, 3]`, normalised. */
function tileInput(ii: IntegralImage, level: PyramidLevel, tile: PnetTile): Float32Array {
  const { rows, cols } = tile;
  const out = new Float32Array(rows.inN * cols.inN * 3);
  const window = { i0: rows.in0, i1: rows.in0 + rows.inN, j0: cols.in0, j1: cols.in0 + cols.inN };
  areaResampleWindow(ii, { x0: 0, y0: 0, x1: ii.width, y1: ii.height }, level.width, level.height, window, out, 0, INPUT_GAIN, INPUT_BIAS);
  return out;
}

/** P-Net's raw output `[1, outRows, outCols, 6]` for one tile of a level; call inside `tf.tidy`. */
function pnetTile(c: PassContext, level: PyramidLevel, tile: PnetTile): tf.Tensor4D {
  return pnetRaw(tf.tensor4d(tileInput(c.ii, level, tile), [1, tile.rows.inN, tile.cols.inN, 3]), c.nets.pnet);
}

/**
 * A big level's raw output `[rows × cols × 6]`, run tile by tile (`pnetTiles`): each tile's input is
 * built, run, read back into its place and freed before the next, so the backend never holds more
 * than one tile's layers whatever the level's size. One read per tile.
 */
async function pnetLevelTiled(c: PassContext, level: PyramidLevel, tiles: PnetTile[]): Promise<{ rows: number; cols: number; data: Float32Array }> {
  const last = tiles[tiles.length - 1];
  const rows = last.rows.out0 + last.rows.outN;
  const cols = last.cols.out0 + last.cols.outN;
  const data = new Float32Array(rows * cols * 6);
  for (const tile of tiles) {
    const part = await readOnce(
      tf.tidy(() => pnetTile(c, level, tile)),
      c.reads,
    );
    const width = tile.cols.outN * 6;
    for (let r = 0; r < tile.rows.outN; r++) {
      data.set(part.subarray(r * width, (r + 1) * width), ((tile.rows.out0 + r) * cols + tile.cols.out0) * 6);
    }
  }
  return { rows, cols, data };
}

/**
 * One level's raw output `[1, rows, cols, 6]` as a tensor: its tiles run one after another (each
 * tile's layers freed before the next) and their outputs joined side by side. For the joined read of
 * an ordinary photo, where the outputs are small.
 */
function pnetLevel(c: PassContext, level: PyramidLevel, tiles: PnetTile[]): tf.Tensor4D {
  const outs = tiles.map((tile) => tf.tidy(() => pnetTile(c, level, tile)));
  if (outs.length === 1) return outs[0];
  return tf.tidy(() => {
    const rowStarts = [...new Set(tiles.map((t) => t.rows.out0))];
    const rows = rowStarts.map((r0) =>
      tf.concat(
        outs.filter((_, i) => tiles[i].rows.out0 === r0),
        2,
      ),
    );
    const joined = tf.concat(rows, 1) as tf.Tensor4D;
    outs.forEach((t) => t.dispose());
    return joined;
  });
}

/**
 * P-Net's outputs up to this many values (2M floats, 8 MB: a ~3 MP photo at min face 20) come back
 * in one read. Above it, joining would hold every level's output twice on the backend (the parts and
 * the joined copy) and once more in JS — ~0.8 GB for a 48 MP photo — so a big photo is read level by
 * level, and a level of several tiles tile by tile.
 */
const JOINED_READ_LIMIT = 2 ** 21;

/**
 * P-Net on every level, inputs resampled from the summed-area table on demand, tile by tile. An
 * ordinary photo (outputs under `JOINED_READ_LIMIT`) reads all maps back at once — one read for the
 * stage, so WebGL never stalls between levels; a big photo reads level by level and tile by tile
 * (`pnetLevelTiled`), so memory stays bounded.
 */
async function pnetMaps(c: PassContext): Promise<ScaleMap[]> {
  const tiling = c.levels.map((level) => pnetTiles(level.width, level.height));
  const cells = c.levels.map((level) => pnetOutputSide(level.width) * pnetOutputSide(level.height));
  const mapOf = (i: number, rows: number, cols: number, data: Float32Array): ScaleMap => ({ level: c.levels[i], rows, cols, ...pnetMapOf(data, rows * cols) });
  if (cells.reduce((a, b) => a + b, 0) * 6 <= JOINED_READ_LIMIT) {
    if (c.levels.length === 0) return [];
    const raws = c.levels.map((level, i) => pnetLevel(c, level, tiling[i]));
    const shapes = raws.map((raw) => [raw.shape[1], raw.shape[2]]);
    const joined = tf.tidy(() => tf.concat(raws.map((raw) => tf.reshape(raw, [-1]))));
    raws.forEach((t) => t.dispose());
    const data = await readOnce(joined, c.reads);
    let offset = 0;
    return shapes.map(([rows, cols], i) => mapOf(i, rows, cols, data.subarray(offset, (offset += rows * cols * 6))));
  }
  const maps: ScaleMap[] = [];
  for (let i = 0; i < c.levels.length; i++) {
    const { rows, cols, data } = await pnetLevelTiled(c, c.levels[i], tiling[i]);
    maps.push(mapOf(i, rows, cols, data));
  }
  return maps;
}

/** Raw values per input row: R-Net [logits×2, reg×4], O-Net [logits×2, reg×4, points×10]. */
const RAW_WIDTH = { rnet: 6, onet: 16 } as const;
/** Crop side per net. */
const CROP_SIZE = { rnet: 24, onet: 48 } as const;

/**
 * The most crops "auto" batching runs at once on a backend that does not chunk: a big photo can hand
 * R-Net thousands of boxes, and a batch's layers grow with it (R-Net's first layer holds 54 kB per
 * crop, O-Net's 270 kB). 1,024 R-Net crops hold ~55 MB, 256 O-Net crops ~69 MB; ordinary photos stay
 * under both and run as one batch.
 */
const MAX_BATCH = { rnet: 1024, onet: 256 } as const;

/** `n` as full batches of `max` and the rest: `[max, …, max, rest]`. */
function boundedPlan(n: number, max: number): number[] {
  const plan = new Array<number>(Math.floor(n / max)).fill(max);
  if (n % max > 0) plan.push(n % max);
  return plan;
}

/**
 * `net` on `n` inputs, in the chunks `batchPlan` gives when `config.batching` says so (by default on
 * shape-compiling backends), else in batches of at most `MAX_BATCH` ("auto") or one batch ("whole").
 * `chunk(start, count)` builds the input of items `start` … `start + count − 1`; each chunk runs in
 * its own `tf.tidy`, so only its output outlives it. Outputs are concatenated in input order. Call
 * inside `tf.tidy`.
 */
function runChunks(c: PassContext, net: "rnet" | "onet", n: number, chunk: (start: number, count: number) => tf.Tensor4D): tf.Tensor {
  const { batching } = c.config;
  const chunked = batching === "chunked" || (batching === "auto" && SHAPE_COMPILING_BACKENDS.includes(tf.getBackend()));
  const plan = chunked ? batchPlan(n) : batching === "whole" ? [n] : boundedPlan(n, MAX_BATCH[net]);
  let start = 0;
  const outs = plan.map((count) => {
    const from = start;
    start += count;
    return tf.tidy(() => rawRows(c.nets, net, chunk(from, count)));
  });
  return outs.length === 1 ? outs[0] : tf.concat(outs);
}

/** R-Net or O-Net on a batch of `n` crops; returns rows of [prob, reg×4(, points×10)] from one read. */
async function netRows(c: PassContext, net: "rnet" | "onet", crops: Float32Array, n: number): Promise<Float32Array> {
  if (n === 0) return new Float32Array(0);
  const side = CROP_SIZE[net];
  const per = side * side * 3;
  const joined = tf.tidy(() => runChunks(c, net, n, (start, count) => tf.tensor4d(crops.subarray(start * per, (start + count) * per), [count, side, side, 3])));
  return probabilityRows(await readOnce(joined, c.reads), RAW_WIDTH[net]);
}

/**
 * R-Net or O-Net on crops cut on the tensor side; outputs (and, for `trace`, the crops themselves)
 * come back in one read.
 */
async function tensorNetRows(c: PassContext, image: tf.Tensor4D, net: "rnet" | "onet", boxes: Box[]): Promise<{ rows: Float32Array; crops: Float32Array }> {
  if (boxes.length === 0) return { rows: new Float32Array(0), crops: new Float32Array(0) };
  const n = boxes.length;
  const side = CROP_SIZE[net];
  // kept past each chunk's tidy when `trace` wants them back, and freed here once joined
  const chunkCrops: tf.Tensor4D[] = [];
  const joined = tf.tidy(() => {
    const rows = tf.reshape(
      runChunks(c, net, n, (start, count) => {
        const crops = tensorCrops(image, boxes.slice(start, start + count), side);
        if (c.keepCrops) chunkCrops.push(tf.keep(crops));
        return crops;
      }),
      [-1],
    );
    if (!c.keepCrops) return rows;
    return tf.concat([rows, ...chunkCrops.map((t) => tf.reshape(t, [-1]))]);
  });
  chunkCrops.forEach((t) => t.dispose());
  const data = await readOnce(joined, c.reads);
  const width = RAW_WIDTH[net];
  return { rows: probabilityRows(data.subarray(0, n * width), width), crops: data.subarray(n * width, n * width + n * side * side * 3) };
}

/** Crops of `boxes` at `size` and the net's rows for them, on the CPU or the tensor side per `cropSampling`. */
async function cropAndRun(c: PassContext, net: "rnet" | "onet", boxes: Box[]): Promise<{ rows: Float32Array; crops: Float32Array }> {
  if (c.image) return tensorNetRows(c, c.image, net, boxes);
  const crops = cropInputs(c.ii, boxes, CROP_SIZE[net], c.config.cropBorder);
  return { rows: await netRows(c, net, crops, boxes.length), crops };
}

/** Stage 1: P-Net on every pyramid level, then candidates, NMS per level and across levels, squaring. */
export async function proposalPass(c: PassContext): Promise<ProposalStage> {
  return proposals(await pnetMaps(c), c.config);
}

/** Stage 2: R-Net on 24×24 crops of stage 1's boxes, then threshold, NMS, regression, squaring. */
export async function refinePass(c: PassContext, boxes: Box[]): Promise<CroppedStage<RefineStage>> {
  const { rows, crops } = await cropAndRun(c, "rnet", boxes);
  return { stage: refine(boxes, rows, c.config), crops };
}

/** Stage 3: O-Net on 48×48 crops of stage 2's boxes, then threshold, landmarks, regression, NMS. */
export async function outputPass(c: PassContext, boxes: Box[]): Promise<CroppedStage<OutputStage>> {
  const { rows, crops } = await cropAndRun(c, "onet", boxes);
  return { stage: finish(boxes, rows, c.config), crops };
}
