/**
 * The benchmark page's script (bundled by bench/buildBenchPage.ts, driven by bench/mtcnnBrowser.ts
 * through `window.bench`): facelab and face-api.js's MTCNN raced on one page and one backend, the
 * stage timings and FLOPs for the roofline, the backend's matmul GFLOP/s, and facelab's dlib ResNet
 * against @vladmandic/face-api's (same tfjs 4.22 engine). Everything is served by the local bench
 * server: photos as raw RGBA, weights, wasm binaries and face-api.js.
 */
import * as tf from "@tensorflow/tfjs";
import { median, Mtcnn, type MtcnnTrace } from "facelab";
import { GL_KERNELS_FLAG, mtcnnFlops } from "facelab/kernels";
import { pixelsFrom, urlReader, useBackend, type BackendName } from "facelab/browser";
import {
  canvasOf,
  faceApiContender,
  facelabContender,
  loadFaceApiMtcnn,
  race,
  RACE_SETTINGS,
  type Contender,
  type PeerMtcnn,
  type RaceImage,
} from "facelab/race";
import { embedRace } from "./embedRace.js";
import { matmulGflops } from "../matmul.js";

const WASM = ["tfjs-backend-wasm.wasm", "tfjs-backend-wasm-simd.wasm", "tfjs-backend-wasm-threaded-simd.wasm"];
const wasmUrls = Object.fromEntries(WASM.map((f) => [f, new URL(`wasm/${f}`, location.href).href]));
const log = (msg: string) => console.log(`[bench] ${msg}`);

const photoCache = new Map<string, RaceImage[]>();
/** The photo set `set` (written by the runner as `photos/<set>.json` + one `.rgba` file per photo). */
async function photos(set: string): Promise<RaceImage[]> {
  if (!photoCache.has(set)) {
    const list: { name: string; file: string; width: number; height: number }[] = await (await fetch(`photos/${set}.json`)).json();
    photoCache.set(
      set,
      await Promise.all(
        list.map(async (p) => ({
          name: p.name,
          width: p.width,
          height: p.height,
          rgba: new Uint8ClampedArray(await (await fetch(`photos/${p.file}`)).arrayBuffer()),
        })),
      ),
    );
  }
  return photoCache.get(set)!;
}

const mtcnn = await Mtcnn.load(urlReader(new URL("models/mtcnn/", location.href).href));
let peer: PeerMtcnn | null = null;

/** Switches facelab's tfjs (and the peer's, when `withPeer`) to `backend`; false when either cannot run it. */
async function setBackend(backend: BackendName, withPeer: boolean): Promise<boolean> {
  if ((await useBackend(backend, wasmUrls)) !== backend) return false;
  if (!withPeer) return true;
  peer ??= await loadFaceApiMtcnn({
    script: new URL("faceapi.js", location.href).href,
    manifest: new URL("peer/mtcnn_model-weights_manifest.json", location.href).href,
    shard: new URL("peer/mtcnn_model-shard1", location.href).href,
  });
  return peer.setBackend(backend);
}

const facelab = facelabContender(mtcnn);

/** facelab vs face-api.js on photo set `set`, `rounds` interleaved rounds after a warm-up round each. */
async function mtcnnRace(backend: BackendName, set: string, rounds: number) {
  if (!(await setBackend(backend, true))) return { backend, set, unavailable: true };
  const p = peer!;
  const images = await photos(set);
  const them = faceApiContender(p);
  let last = 0;
  const [ours, theirs] = await race(facelab, them, images, rounds, (done, total) => {
    if (done - last >= 10 || done === total) log(`${backend} ${set}: ${(last = done)}/${total}`);
  });
  return {
    backend,
    set,
    photos: images.map((im) => ({ name: im.name, width: im.width, height: im.height })),
    tf: { facelab: tf.version.tfjs, peer: p.tfVersion },
    ours,
    theirs,
  };
}

/**
 * What chunking R-Net / O-Net batches buys on `backend`: facelab with `batching: "chunked"` raced
 * against itself with `batching: "whole"` (one batch of every box, a new shape almost every image).
 */
async function batching(backend: BackendName, set: string, rounds: number) {
  if (!(await setBackend(backend, false))) return { backend, set, unavailable: true };
  const images = await photos(set);
  const variant = (b: "chunked" | "whole"): Contender<HTMLCanvasElement> => ({
    name: `facelab (${b})`,
    prepare: canvasOf,
    detect: async (canvas) => (await mtcnn.detect(pixelsFrom(canvas), { ...RACE_SETTINGS, batching: b })).map((f) => f.box),
  });
  const [chunked, whole] = await race(variant("chunked"), variant("whole"), images, rounds);
  log(`${backend} batching ${set}: done`);
  return { backend, set, chunked, whole };
}

/**
 * What facelab's own WebGL programs for MTCNN's convs and pools buy (src/mtcnn/accelerators/glKernels.ts): facelab
 * raced against itself with `FACELAB_GL_KERNELS` on and off — tfjs's own kernels — on the webgl backend.
 */
async function glKernels(set: string, rounds: number) {
  if (!(await setBackend("webgl", false))) return { backend: "webgl", set, unavailable: true };
  const images = await photos(set);
  const variant = (gl: boolean): Contender<HTMLCanvasElement> => ({
    name: gl ? "facelab's programs" : "tfjs's kernels",
    prepare: canvasOf,
    detect: async (canvas) => {
      tf.env().set(GL_KERNELS_FLAG, gl);
      try {
        return (await mtcnn.detect(pixelsFrom(canvas), RACE_SETTINGS)).map((f) => f.box);
      } finally {
        tf.env().set(GL_KERNELS_FLAG, true);
      }
    },
  });
  const [programs, tfjs] = await race(variant(true), variant(false), images, rounds);
  log(`webgl programs ${set}: done`);
  return { backend: "webgl", set, programs, tfjs };
}

/** Per photo: facelab's median stage times over `reps` traces and each stage's FLOPs. */
async function roofline(backend: BackendName, set: string, reps: number) {
  if (!(await setBackend(backend, false))) return { backend, set, unavailable: true };
  const images = await photos(set);
  const matmul = await matmulGflops(backend === "cpu" ? 512 : 1024, 5);
  const rows = [];
  for (const image of images) {
    const pixels = pixelsFrom(canvasOf(image));
    await mtcnn.trace(pixels, RACE_SETTINGS); // warm-up for this shape
    const runs: MtcnnTrace[] = [];
    for (let r = 0; r < reps; r++) runs.push(await mtcnn.trace(pixels, RACE_SETTINGS));
    const t = runs[0];
    const ms = (k: "prepare" | "pnet" | "rnet" | "onet" | "total") => median(runs.map((x) => x.timings[k]));
    rows.push({
      name: image.name,
      levels: t.levels.length,
      rnetCrops: t.rnet.input.length,
      onetCrops: t.onet.input.length,
      flops: mtcnnFlops(t.levels, t.rnet.input.length, t.onet.input.length),
      ms: { prepare: ms("prepare"), pnet: ms("pnet"), rnet: ms("rnet"), onet: ms("onet"), total: ms("total") },
    });
  }
  log(`${backend} roofline ${set}: done`);
  return { backend, set, matmul, rows };
}

/** facelab's dlib embedder vs @vladmandic/face-api's on the faces facelab finds in `set`. */
async function embed(backend: BackendName, set: string, rounds: number) {
  if (!(await setBackend(backend, false))) return { backend, unavailable: true };
  const images = await photos(set);
  return {
    backend,
    ...(await embedRace(
      mtcnn,
      images.map((im) => pixelsFrom(canvasOf(im))),
      rounds,
      log,
    )),
  };
}

/** Which backends facelab's tfjs can start here. */
async function available(): Promise<string[]> {
  const ok: string[] = [];
  for (const b of ["cpu", "webgl", "wasm"] as BackendName[]) if ((await useBackend(b, wasmUrls)) === b) ok.push(b);
  return ok;
}

declare global {
  interface Window {
    bench: Record<string, (...args: never[]) => Promise<unknown>>;
    benchReady: boolean;
  }
}
window.bench = { mtcnnRace, batching, glKernels, roofline, embed, available, matmul: (n: number) => matmulGflops(n, 5) };
window.benchReady = true;
log("ready");
