/**
 * The detector's warm-up on backends that compile a shader program per shape (webgl, webgpu). On
 * WebGL the first detection used to compile ~140 programs — every layer at every pyramid level's size
 * and every R-/O-Net chunk size, plus tfjs's uploads, packs and reads — and cost several times a warm
 * one (bench/warmUp.ts). Two things remove that:
 *
 * - tfjs-backend-webgl keys its program cache on the program's code and, unless the flag
 *   `WEBGL_USE_SHAPES_UNIFORMS` is on, on every input's exact shape (gpgpu_math.ts `makeShaderKey`).
 *   With the flag, shapes are uniforms and the key keeps only what the generated code depends on
 *   (rank, which dimensions are 1, packing, texture-layout flags), so a program compiled on a tiny
 *   image serves every photo. facelab's own programs (accelerators/gl*.ts) already pass shapes as
 *   uniforms.
 * - The cascade then runs once, through the very passes a detection uses (`passes.ts`), on a small
 *   blank image and a few made-up boxes (batches of 2 and 1: the two key patterns of a chunk), with
 *   stand-in weights of the real shapes decoded from zeros — so it needs only the small weight
 *   manifests and runs while the real weights download.
 *
 * Nothing of it stays on the backend but compiled programs (and the flag).
 */
import * as tf from "@tensorflow/tfjs-core";
import type { Box, ModelFileReader, Pixels } from "../core/types.js";
import { integralImage } from "../image/integral.js";
import { SHAPE_COMPILING_BACKENDS } from "./accelerators/index.js";
import { resolveMtcnnConfig } from "./options.js";
import { outputPass, proposalPass, refinePass, type MtcnnNets, type PassContext } from "./passes.js";
import { pyramid } from "./pyramid.js";
import { disposeNetWeights, entryByteLength, loadNetWeights, type NetName, type NetWeights } from "./weights.js";

const NETS: readonly NetName[] = ["pnet", "rnet", "onet"];

/** Whether the backend in use compiles a program per shape, so that a warm-up pays. */
export function warmUpPays(): boolean {
  return SHAPE_COMPILING_BACKENDS.includes(tf.getBackend());
}

/**
 * `read` with each weight manifest fetched once however often it is asked for: the warm-up and the
 * real load both start from the manifests.
 */
export function sharedManifests(read: ModelFileReader): ModelFileReader {
  const manifests = new Map<string, Promise<ArrayBuffer>>();
  return (file) => {
    if (!file.endsWith(".json")) return read(file);
    let p = manifests.get(file);
    if (!p) manifests.set(file, (p = read(file)));
    return p;
  };
}

/**
 * A reader of stand-in weights: the real manifests through `read`, and for each shard group zeros of
 * the group's whole stored size (in its first file; the rest empty), so the weights decode to the real
 * names and shapes without their bytes.
 */
function zeroWeights(read: ModelFileReader): ModelFileReader {
  const sizes = new Map<string, number>();
  return async (file) => {
    if (file.endsWith(".json")) {
      const bytes = await read(file);
      for (const group of JSON.parse(new TextDecoder().decode(bytes)) as tf.io.WeightsManifestConfig) {
        const stored = group.weights.reduce((sum, w) => sum + entryByteLength(w), 0);
        group.paths.forEach((p, i) => sizes.set(p, i === 0 ? stored : 0));
      }
      return bytes;
    }
    return new ArrayBuffer(sizes.get(file) ?? 0);
  };
}

/** A blank image with a few pyramid levels at the minimum face size (12): 40×30, 28×21, 20×15, 14×11. */
const IMAGE: Pixels = { width: 40, height: 30, channels: 3, data: new Uint8Array(40 * 30 * 3).fill(128) };
/** Made-up boxes inside `IMAGE`: R-Net and O-Net run them as chunks of 2 and 1 (`batchPlan(3)`). */
const BOXES: Box[] = [
  [2, 2, 22, 22],
  [10, 5, 34, 29],
  [0, 0, 39, 29],
];

/** Runs the three passes once on `IMAGE` and `BOXES` with `nets`; results are thrown away. */
async function runPasses(nets: MtcnnNets): Promise<void> {
  const config = resolveMtcnnConfig({ minFaceSize: 12 });
  const c: PassContext = {
    nets,
    config,
    ii: integralImage(IMAGE),
    levels: pyramid(IMAGE.width, IMAGE.height, config.minFaceSize, config.scaleFactor),
    reads: { count: 0 },
    image: null,
    keepCrops: false,
  };
  await proposalPass(c);
  await refinePass(c, BOXES);
  await outputPass(c, BOXES);
}

/**
 * Compiles the cascade's programs: turns shape uniforms on (webgl) and runs the passes once with
 * stand-in weights read through `read` (only the manifests are fetched). Runs on any backend — the
 * leak test runs it on cpu — but pays only where `warmUpPays()`.
 */
export async function warmUp(read: ModelFileReader): Promise<void> {
  if (tf.getBackend() === "webgl") tf.env().set("WEBGL_USE_SHAPES_UNIFORMS", true);
  const zeros = zeroWeights(read);
  const settled = await Promise.allSettled(NETS.map((net) => loadNetWeights(net, zeros)));
  const loaded = settled.flatMap((s) => (s.status === "fulfilled" ? [s.value] : []));
  try {
    const failure = settled.find((s): s is PromiseRejectedResult => s.status === "rejected");
    if (failure) throw failure.reason;
    const [pnet, rnet, onet] = loaded as [NetWeights, NetWeights, NetWeights];
    await runPasses({ pnet, rnet, onet });
  } finally {
    loaded.forEach(disposeNetWeights);
  }
}
