/**
 * The MTCNN detector: the tensor layer of the cascade. It runs P-Net on every pyramid level, R-Net
 * and O-Net on batched crops, with one GPU→CPU read per stage; the decisions between passes are the
 * pure functions of `stages.ts`. `detect` returns faces; `trace` also returns every intermediate for
 * the course pages, at no cost to `detect`.
 */
import * as tf from "@tensorflow/tfjs";
import type { Face, Pixels } from "../core/types.js";
import { integralImage, type IntegralImage } from "../image/integral.js";
import { cropInputs, levelInput } from "./inputs.js";
import { onet } from "./onet.js";
import { resolveMtcnnConfig, type MtcnnConfig, type MtcnnOptions } from "./options.js";
import { pnet } from "./pnet.js";
import { pyramid, type PyramidLevel } from "./pyramid.js";
import { rnet } from "./rnet.js";
import { finish, proposals, refine, type OutputStage, type ProposalStage, type RefineStage, type ScaleMap } from "./stages.js";
import { loadNetWeights, type ModelFileReader, type NetName, type NetWeights } from "./weights.js";

/** Every intermediate of one detection, for pages that show the algorithm. */
export interface MtcnnTrace {
  width: number;
  height: number;
  config: MtcnnConfig;
  levels: PyramidLevel[];
  pnet: ProposalStage;
  rnet: RefineStage;
  onet: OutputStage;
  /** The normalised crops R-Net and O-Net saw, `[n, 24|48, 24|48, 3]`. */
  rnetCrops: Float32Array;
  onetCrops: Float32Array;
  faces: Face[];
  /** Wall-clock milliseconds per stage (network pass plus its bookkeeping) and GPU→CPU reads made. */
  timings: StageTimings;
}

export interface StageTimings {
  /** Summed-area table and pyramid level resampling. */
  prepare: number;
  pnet: number;
  rnet: number;
  onet: number;
  total: number;
  /** Tensor reads (`data()` calls): one per stage that ran. */
  reads: number;
}

/** A clock whose every call returns the milliseconds since its previous call. */
function stopwatch(): () => number {
  let last = performance.now();
  return () => {
    const now = performance.now();
    const ms = now - last;
    last = now;
    return ms;
  };
}

/** Reads a tensor back once and disposes it. */
async function readOnce(t: tf.Tensor): Promise<Float32Array> {
  try {
    return (await t.data()) as Float32Array;
  } finally {
    t.dispose();
  }
}

/** The three networks' weights, loaded once and shared by every detection. */
export class Mtcnn {
  private constructor(private readonly nets: { pnet: NetWeights; rnet: NetWeights; onet: NetWeights }) {}

  /** Loads the weights through `read` (files of `models/mtcnn/`). */
  static async load(read: ModelFileReader): Promise<Mtcnn> {
    const [p, r, o] = await Promise.all([
      loadNetWeights("pnet", read), loadNetWeights("rnet", read), loadNetWeights("onet", read),
    ]);
    return new Mtcnn({ pnet: p, rnet: r, onet: o });
  }

  /** Faces in `pixels`, best first. Options default to the reference values (see `DEFAULT_MTCNN_CONFIG`). */
  async detect(pixels: Pixels, options: MtcnnOptions = {}): Promise<Face[]> {
    return (await this.trace(pixels, options)).faces;
  }

  /** Faces plus every intermediate: scales, P-Net maps, candidates around each NMS, R-Net / O-Net survivors. */
  async trace(pixels: Pixels, options: MtcnnOptions = {}): Promise<MtcnnTrace> {
    const config = resolveMtcnnConfig(options);
    const { width, height } = pixels;
    const clock = stopwatch();
    const ii = integralImage(pixels);
    const levels = pyramid(width, height, config.minFaceSize, config.scaleFactor);
    const prepare = clock();
    const stage1 = proposals(await this.runPNet(ii, levels), config);
    const pnetMs = clock();
    const rnetCrops = cropInputs(ii, stage1.boxes, 24, config.cropBorder);
    const stage2 = refine(stage1.boxes, await this.runBatch("rnet", rnetCrops, stage1.boxes.length), config);
    const rnetMs = clock();
    const onetCrops = cropInputs(ii, stage2.boxes, 48, config.cropBorder);
    const stage3 = finish(stage2.boxes, await this.runBatch("onet", onetCrops, stage2.boxes.length), config);
    const onetMs = clock();
    const reads = [levels.length, stage1.boxes.length, stage2.boxes.length].filter((n) => n > 0).length;
    return {
      width, height, config, levels, pnet: stage1, rnet: stage2, onet: stage3, rnetCrops, onetCrops,
      faces: stage3.faces,
      timings: { prepare, pnet: pnetMs, rnet: rnetMs, onet: onetMs, total: prepare + pnetMs + rnetMs + onetMs, reads },
    };
  }

  /** P-Net on every level; all maps come back in one read. */
  private async runPNet(ii: IntegralImage, levels: PyramidLevel[]): Promise<ScaleMap[]> {
    if (levels.length === 0) return [];
    const shapes: [number, number][] = [];
    const joined = tf.tidy(() => {
      const parts = levels.map((level) => {
        const input = tf.tensor4d(levelInput(ii, level), [1, level.height, level.width, 3]);
        const { prob, reg } = pnet(input, this.nets.pnet);
        shapes.push([prob.shape[1], prob.shape[2]]);
        return [prob.reshape([-1]), reg.reshape([-1])];
      });
      return tf.concat(parts.flat());
    });
    const data = await readOnce(joined);
    let offset = 0;
    return levels.map((level, i) => {
      const [rows, cols] = shapes[i];
      const prob = data.subarray(offset, (offset += rows * cols));
      const reg = data.subarray(offset, (offset += rows * cols * 4));
      return { level, rows, cols, prob, reg };
    });
  }

  /** R-Net or O-Net on a batch of crops; returns rows of [prob, reg×4(, points×10)] in one read. */
  private async runBatch(net: "rnet" | "onet", crops: Float32Array, n: number): Promise<Float32Array> {
    if (n === 0) return new Float32Array(0);
    const size = net === "rnet" ? 24 : 48;
    const joined = tf.tidy(() => this.forward(net, tf.tensor4d(crops, [n, size, size, 3])));
    return readOnce(joined);
  }

  /**
   * One forward pass of a single net on a normalised batch `[n, h, w, 3]`, outputs joined along the
   * last axis: P-Net `[n, h', w', 5]` (prob, reg); R-Net `[n, 5]`; O-Net `[n, 15]` (prob, reg, points).
   * For timing and teaching; the caller disposes the result.
   */
  forward(net: NetName, input: tf.Tensor4D): tf.Tensor {
    return tf.tidy(() => {
      if (net === "pnet") {
        const { prob, reg } = pnet(input, this.nets.pnet);
        return tf.concat([prob, reg], 3);
      }
      if (net === "rnet") {
        const { prob, reg } = rnet(input, this.nets.rnet);
        return tf.concat([prob, reg], 1);
      }
      const { prob, reg, points } = onet(input, this.nets.onet);
      return tf.concat([prob, reg, points], 1);
    });
  }

  /** Frees the weights. */
  dispose(): void {
    for (const w of Object.values(this.nets)) for (const t of w.values()) t.dispose();
  }
}
