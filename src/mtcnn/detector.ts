/**
 * The MTCNN detector: the three networks' weights and two ways to run the cascade, both composed of
 * the same passes (`passes.ts`): P-Net on every pyramid level, R-Net and O-Net on batched crops, one
 * GPU→CPU read per stage. `detect` keeps only what the next pass needs and returns faces; `trace`
 * also returns every intermediate for the course pages, with timings.
 */
import type * as tf from "@tensorflow/tfjs-core";
import type { Face, ModelFileReader, Pixels } from "../core/types.js";
import { integralImage } from "../image/integral.js";
import { facesToSource } from "../image/scaleFaces.js";
import { detectionSize, isReduced, pixelsForBudget, defaultDetectBudget, type DetectLimits } from "../image/imageLimits.js";
import { reducePixels } from "../image/reducePixels.js";
import { imageTensor } from "./tensorCrops.js";
import { MtcnnOptionError, resolveMtcnnConfig, type MtcnnConfig, type MtcnnOptions } from "./options.js";

/** The cascade's options plus the memory guard: the most pixels (and, optionally, the longest side) detection works on. */
export type DetectOptions = MtcnnOptions & DetectLimits;
import { forward, outputPass, proposalPass, refinePass, type MtcnnNets, type PassContext } from "./passes.js";
import { pyramid, type PyramidLevel } from "./pyramid.js";
import type { OutputStage, ProposalStage, RefineStage } from "./stages.js";
import { disposeNetWeights, loadNetWeights, type NetName } from "./weights.js";
import { netActivations, type LayerActivation } from "./activations.js";
import { sharedManifests, warmUp, warmUpPays } from "./warmUp.js";

/** How `Mtcnn.load` prepares the detector. */
export interface LoadOptions {
  /** Compile the backend's programs while the weights download (webgl, webgpu; nothing elsewhere). Default false. */
  warmUp?: boolean;
}

/** Every intermediate of one detection, for pages that show the algorithm. */
export interface MtcnnTrace {
  /** The source image's width, px. */
  width: number;
  /** The source image's height, px. */
  height: number;
  /** The resolved options the detection ran with. */
  config: MtcnnConfig;
  /** The pyramid levels P-Net ran on, largest first. */
  levels: PyramidLevel[];
  /** Stage 1: P-Net's maps per level, candidates around each NMS, and R-Net's input boxes. */
  pnet: ProposalStage;
  /** Stage 2: R-Net's scores, threshold and NMS survivors, and O-Net's input boxes. */
  rnet: RefineStage;
  /** Stage 3: O-Net's scores, landmarks, regressed boxes, NMS survivors and the faces. */
  onet: OutputStage;
  /** The normalised crops R-Net saw, `[n, 24, 24, 3]` in `rnet.input` order. */
  rnetCrops: Float32Array;
  /** The normalised crops O-Net saw, `[n, 48, 48, 3]` in `onet.input` order. */
  onetCrops: Float32Array;
  /** The detected faces, best first: exactly what `detect` returns. */
  faces: Face[];
  /** Wall-clock milliseconds per stage and the GPU→CPU reads made. */
  timings: StageTimings;
}

/** Where one detection's time went. Each stage's time covers its network pass and its bookkeeping. */
export interface StageTimings {
  /** Milliseconds building the summed-area table and the pyramid's sizes. */
  prepare: number;
  /** Milliseconds for P-Net on all levels (resampling each level's input, upload, forward, read) plus candidates, NMS and squaring. */
  pnet: number;
  /** Milliseconds cropping R-Net's inputs, running R-Net and reading it, then threshold, NMS, regression. */
  rnet: number;
  /** Milliseconds cropping O-Net's inputs, running O-Net and reading it, then landmarks, regression, NMS. */
  onet: number;
  /** The sum of the four stages, in milliseconds. */
  total: number;
  /** Tensor reads (`data()` calls), counted as they were made: one per stage that had input. */
  reads: number;
}

const NETS: readonly NetName[] = ["pnet", "rnet", "onet"];

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

/** The three networks' weights, loaded once and shared by every detection. */
export class Mtcnn {
  private constructor(private readonly nets: MtcnnNets) {}

  /**
   * Loads the weights through `read` (files of `models/mtcnn/`); if any net fails, none is left loaded.
   * With `warmUp`, on a backend that compiles a program per shape (webgl, webgpu), the cascade's
   * programs are compiled while the weights download, so the first detection costs about what the
   * next ones do (see warmUp.ts; on webgl it turns tfjs's `WEBGL_USE_SHAPES_UNIFORMS` on). Elsewhere
   * (wasm, cpu) `warmUp` does nothing.
   */
  static async load(read: ModelFileReader, { warmUp: warm = false }: LoadOptions = {}): Promise<Mtcnn> {
    const shared = sharedManifests(read);
    // the real weights' requests go out first; the warm-up compiles while they are under way
    const loading = Promise.allSettled(NETS.map((net) => loadNetWeights(net, shared)));
    const warming = warm && warmUpPays() ? warmUp(shared) : Promise.resolve();
    // allSettled, not all: when one net fails, the others must finish loading before they can be freed.
    const [settled, warmed] = await Promise.all([
      loading,
      warming.then(
        () => null,
        (error: unknown) => ({ error }),
      ),
    ]);
    if (warmed) settled.push({ status: "rejected", reason: warmed.error });
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    const loaded = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
    if (failure) {
      loaded.forEach(disposeNetWeights);
      throw failure.reason;
    }
    const [pnet, rnet, onet] = loaded;
    return new Mtcnn({ pnet, rnet, onet });
  }

  /**
   * Faces in `pixels`, best first, in `pixels`' own coordinates. Options default to the reference
   * values (see `DEFAULT_MTCNN_CONFIG`). An image over the memory budget (`maxPixels`, by default
   * `defaultDetectBudget()`'s worth; `maxSide` if given) is detected on a reduced copy
   * (`detectionSize`, `reducePixels`) and its faces are mapped back, so the result is always in the
   * source's pixels; call `detectionSize` first to tell the user when that happens.
   */
  async detect(pixels: Pixels, options: DetectOptions = {}): Promise<Face[]> {
    const config = resolveMtcnnConfig(options);
    const used = detectionSize(pixels, options);
    const input = reducePixels(pixels, used);
    const c = this.context(input, config, false);
    let faces: Face[];
    try {
      const proposed = (await proposalPass(c)).boxes;
      const refined = (await refinePass(c, proposed)).stage.boxes;
      faces = (await outputPass(c, refined)).stage.faces;
    } finally {
      c.image?.dispose();
    }
    return isReduced(pixels, used) ? facesToSource(faces, used, pixels) : faces;
  }

  /**
   * Faces plus every intermediate: scales, P-Net maps, candidates around each NMS, R-Net / O-Net
   * survivors, all in `pixels`' coordinates. A trace is for teaching and runs at full size only: an
   * image over the memory budget is refused (reduce it first with `reducePixels(pixels, detectionSize(pixels))`).
   */
  async trace(pixels: Pixels, options: DetectOptions = {}): Promise<MtcnnTrace> {
    const config = resolveMtcnnConfig(options);
    const used = detectionSize(pixels, options);
    if (isReduced(pixels, used)) {
      const budget = options.maxPixels ?? pixelsForBudget(defaultDetectBudget());
      throw new MtcnnOptionError(
        `trace runs at full size only: ${pixels.width}×${pixels.height} is over the detection budget (${(budget / 1e6).toFixed(1)} MP${options.maxSide ? `, side ${options.maxSide}` : ""}); reduce it first to ${used.width}×${used.height}`,
      );
    }
    const clock = stopwatch();
    const c = this.context(pixels, config, true);
    try {
      return await this.traced(c, pixels, clock);
    } finally {
      c.image?.dispose();
    }
  }

  /** `trace`'s passes, timed. */
  private async traced(c: PassContext, pixels: Pixels, clock: () => number): Promise<MtcnnTrace> {
    const { config } = c;
    const prepare = clock();
    const pnet = await proposalPass(c);
    const pnetMs = clock();
    const rnet = await refinePass(c, pnet.boxes);
    const rnetMs = clock();
    const onet = await outputPass(c, rnet.stage.boxes);
    const onetMs = clock();
    return {
      width: pixels.width,
      height: pixels.height,
      config,
      levels: c.levels,
      pnet,
      rnet: rnet.stage,
      onet: onet.stage,
      rnetCrops: rnet.crops,
      onetCrops: onet.crops,
      faces: onet.stage.faces,
      timings: { prepare, pnet: pnetMs, rnet: rnetMs, onet: onetMs, total: prepare + pnetMs + rnetMs + onetMs, reads: c.reads.count },
    };
  }

  /**
   * One detection's shared state: the summed-area table, the pyramid, a fresh read count and, for
   * tensor-side crops, the image on the backend (the caller disposes it).
   */
  private context(pixels: Pixels, config: MtcnnConfig, keepCrops: boolean): PassContext {
    const levels = pyramid(pixels.width, pixels.height, config.minFaceSize, config.scaleFactor);
    const image = config.cropSampling === "bilinear" ? imageTensor(pixels) : null;
    return { nets: this.nets, config, ii: integralImage(pixels), levels, reads: { count: 0 }, image, keepCrops };
  }

  /**
   * One forward pass of a single net on a normalised batch `[n, h, w, 3]`, outputs joined along the
   * last axis: P-Net `[n, h', w', 5]` (prob, reg); R-Net `[n, 5]`; O-Net `[n, 15]` (prob, reg, points).
   * For timing and teaching; the caller disposes the result.
   */
  forward(net: NetName, input: tf.Tensor4D): tf.Tensor {
    return forward(this.nets, net, input);
  }

  /**
   * Every layer's output of one net on a normalised batch `[n, h, w, 3]`, in layer order, heads last
   * (`netActivations`), for pages that open the networks up. The caller disposes the tensors.
   */
  activations(net: NetName, input: tf.Tensor4D): LayerActivation[] {
    return netActivations(net, input, this.nets[net]);
  }

  /**
   * The shapes of one net's loaded weight tensors by name (`conv1/weights`, `prelu1/alpha`, …), as
   * released: the detector's joined heads are left out. `netLayers` counts parameters from these.
   */
  weightShapes(net: NetName): Map<string, number[]> {
    return new Map([...this.nets[net]].filter(([name]) => !name.startsWith("heads/")).map(([name, t]) => [name, [...t.shape]]));
  }

  /** Frees the weights. */
  dispose(): void {
    Object.values(this.nets).forEach(disposeNetWeights);
  }
}
