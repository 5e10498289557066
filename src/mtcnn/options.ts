/**
 * MTCNN options: one object of defaults with their sources, merged with `??` and validated in one place.
 * Sources: Zhang et al., "Joint Face Detection and Alignment using Multi-task Cascaded Convolutional
 * Networks" (2016), and the reference implementations (the authors' MATLAB `detect_face.m`,
 * davidsandberg/facenet `align/detect_face.py`, timesler/facenet-pytorch `detect_face.py`).
 */
import type { OverlapMode } from "../core/box.js";

/** How R-Net / O-Net crops treat a box that leaves the image: cut back to the image, or padded with black. */
export type CropBorder = "clip" | "pad";

/**
 * How R-Net / O-Net crops are resampled: "area" averages every source pixel under an output pixel, on
 * the CPU from the summed-area table (what the reference does); "bilinear" cuts them on the tensor
 * side with `tf.image.cropAndResize` (no CPU work per box, but aliased when a big box shrinks to 24 px).
 */
type CropSampling = "area" | "bilinear";

/**
 * How R-Net / O-Net batches are cut: "chunked" runs them in the power-of-two sizes of `batchPlan` so a backend that compiles per shape compiles a handful of programs once; "whole"
 * runs every box in one batch; "auto" chunks on webgl / webgpu only. The faces are the same either way.
 */
type Batching = "auto" | "chunked" | "whole";

/** Every tunable of the cascade. All fields are optional in `MtcnnOptions`. */
export interface MtcnnConfig {
  /** Smallest face to find, in pixels; sets the first pyramid scale to 12 / minFaceSize. */
  minFaceSize: number;
  /** Ratio between consecutive pyramid scales, in (0, 1). */
  scaleFactor: number;
  /** Face-probability thresholds for P-Net, R-Net and O-Net. */
  thresholds: [number, number, number];
  /** IoU above which P-Net candidates of one scale suppress each other. */
  nmsPerScale: number;
  /** IoU above which P-Net candidates of all scales suppress each other. */
  nmsAcrossScales: number;
  /** IoU above which R-Net survivors suppress each other. */
  nmsRNet: number;
  /** Overlap above which O-Net survivors suppress each other, measured per `nmsONetMode`. */
  nmsONet: number;
  /** O-Net's overlap measure: "min" (intersection over the smaller box) in the reference. */
  nmsONetMode: OverlapMode;
  /**
   * Edge boxes: "clip" crops only the part inside the image and stretches it to 24/48 px, as
   * facenet-pytorch (the parity reference) does; "pad" fills the outside with black, as the original
   * MATLAB release and facenet's TensorFlow port do. They differ only for faces cut by the border.
   */
  cropBorder: CropBorder;
  /** See `CropSampling`. "bilinear" always zero-pads boxes that leave the image. */
  cropSampling: CropSampling;
  /** See `Batching`. */
  batching: Batching;
}

export type MtcnnOptions = Partial<MtcnnConfig>;

/**
 * The reference defaults (facenet `align_dataset_mtcnn.py`; facenet-pytorch `MTCNN`), frozen down to
 * the thresholds, which `resolveMtcnnConfig` copies.
 */
export const DEFAULT_MTCNN_CONFIG: Readonly<Omit<MtcnnConfig, "thresholds">> & {
  readonly thresholds: readonly [number, number, number];
} = Object.freeze({
  minFaceSize: 20, // facenet align_dataset_mtcnn.py: minsize = 20
  scaleFactor: 0.709, // ≈ 1/√2: each level halves the pixel count (facenet, facenet-pytorch)
  thresholds: Object.freeze<readonly [number, number, number]>([0.6, 0.7, 0.7]), // facenet: threshold = [0.6, 0.7, 0.7]
  nmsPerScale: 0.5, // detect_face.py stage 1, within each scale
  nmsAcrossScales: 0.7, // detect_face.py stage 1, across scales
  nmsRNet: 0.7, // detect_face.py stage 2
  nmsONet: 0.7, // detect_face.py stage 3, method "Min"
  nmsONetMode: "min" as OverlapMode,
  cropBorder: "clip" as CropBorder, // facenet-pytorch detect_face.py `pad()`
  cropSampling: "area" as CropSampling, // facenet-pytorch `imresample`: interpolate(mode="area")
  batching: "auto" as Batching, // ours: a speed setting, measured in bench/mtcnnBrowser.ts
});

/** Thrown for options that cannot work; the message names the option and what is allowed. */
export class MtcnnOptionError extends RangeError {
  override name = "MtcnnOptionError";
}

function check(ok: boolean, message: string): void {
  if (!ok) throw new MtcnnOptionError(message);
}

const isProbability = (v: number) => Number.isFinite(v) && v >= 0 && v <= 1;

/** Merges `options` over the defaults and validates the result. */
export function resolveMtcnnConfig(options: MtcnnOptions = {}): MtcnnConfig {
  const d = DEFAULT_MTCNN_CONFIG;
  const c: MtcnnConfig = {
    minFaceSize: options.minFaceSize ?? d.minFaceSize,
    scaleFactor: options.scaleFactor ?? d.scaleFactor,
    thresholds: [...(options.thresholds ?? d.thresholds)],
    nmsPerScale: options.nmsPerScale ?? d.nmsPerScale,
    nmsAcrossScales: options.nmsAcrossScales ?? d.nmsAcrossScales,
    nmsRNet: options.nmsRNet ?? d.nmsRNet,
    nmsONet: options.nmsONet ?? d.nmsONet,
    nmsONetMode: options.nmsONetMode ?? d.nmsONetMode,
    cropBorder: options.cropBorder ?? d.cropBorder,
    cropSampling: options.cropSampling ?? d.cropSampling,
    batching: options.batching ?? d.batching,
  };
  check(Number.isFinite(c.minFaceSize) && c.minFaceSize >= 12, `minFaceSize must be a number ≥ 12 (P-Net's window is 12 px), got ${c.minFaceSize}`);
  check(Number.isFinite(c.scaleFactor) && c.scaleFactor > 0.1 && c.scaleFactor < 1, `scaleFactor must be between 0.1 and 1 (exclusive), got ${c.scaleFactor}`);
  check(c.thresholds.length === 3 && c.thresholds.every(isProbability), `thresholds must be three probabilities in [0, 1], got [${c.thresholds.join(", ")}]`);
  for (const k of ["nmsPerScale", "nmsAcrossScales", "nmsRNet", "nmsONet"] as const) {
    check(isProbability(c[k]), `${k} must be an overlap in [0, 1], got ${c[k]}`);
  }
  check(c.nmsONetMode === "min" || c.nmsONetMode === "union", `nmsONetMode must be "min" or "union", got ${String(c.nmsONetMode)}`);
  check(c.cropBorder === "clip" || c.cropBorder === "pad", `cropBorder must be "clip" or "pad", got ${String(c.cropBorder)}`);
  check(c.cropSampling === "area" || c.cropSampling === "bilinear", `cropSampling must be "area" or "bilinear", got ${String(c.cropSampling)}`);
  check(
    c.batching === "auto" || c.batching === "chunked" || c.batching === "whole",
    `batching must be "auto", "chunked" or "whole", got ${String(c.batching)}`,
  );
  return c;
}
