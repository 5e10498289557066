/**
 * face-api.js's MTCNN, the peer in the Performance page's race, loaded in a hidden same-origin
 * iframe. Why the iframe: face-api.js 0.22 bundles tfjs-core 1.7, whose engine lives on the global
 * `_tfengine` that our tfjs 4.22 claims too — in one window the second library to load would run
 * on the first one's engine and kernel registry. Its own window gives it its own globals, while it
 * still runs on this page's thread, so the two libraries' timings are comparable.
 * Everything it is handed (canvases, typed arrays) is made in its own window: its `instanceof`
 * checks would reject objects from ours.
 * No eval and no inline script: a srcdoc iframe inherits the page's Content-Security-Policy, which
 * allows only same-origin script files. So the iframe's document is one `<script src>` of the
 * self-hosted classic-script build (scripts/faceApiBundle.ts), which runs before the iframe's load
 * event and leaves face-api.js on the iframe's window as `faceapi`.
 */
import type { Box } from "../core/types.js";
import type { RaceImage } from "./mtcnnRace.js";

/** Where the peer's code and weights are served (all on this site). */
export interface FaceApiUrls {
  /** The self-hosted face-api.js classic script (defines the global `faceapi`). */
  script: string;
  /** `mtcnn_model-weights_manifest.json`. */
  manifest: string;
  /** `mtcnn_model-shard1`. */
  shard: string;
}

/** The MTCNN settings both contenders run with (facelab's defaults; face-api.js's defaults differ). */
export interface RaceSettings {
  minFaceSize: number;
  scaleFactor: number;
  thresholds: readonly [number, number, number];
}

/** face-api.js's MTCNN, ready to detect. */
export interface PeerMtcnn {
  /** face-api.js's own tfjs version (its bundled tfjs-core). */
  tfVersion: string;
  /** Switches the peer's tfjs to `name`; resolves to whether it could. */
  setBackend(name: string): Promise<boolean>;
  /** Draws `image` on a canvas of the peer's window (face-api.js's MTCNN only takes canvases). */
  canvas(image: RaceImage): HTMLCanvasElement;
  /** Faces in `canvas` as boxes `[x1, y1, x2, y2]`, best first. */
  detect(canvas: HTMLCanvasElement, settings: RaceSettings): Promise<Box[]>;
  /** Frees the weights and removes the iframe. */
  dispose(): void;
}

/** `<script src>` for an HTML attribute: the URL's own quotes and ampersands escaped. */
const attribute = (url: string) => url.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** Loads face-api.js from `urls.script` in a fresh iframe and its MTCNN weights from `urls`. */
export async function loadFaceApiMtcnn(urls: FaceApiUrls): Promise<PeerMtcnn> {
  const frame = document.createElement("iframe");
  frame.hidden = true;
  frame.title = "face-api.js (isolated tfjs 1.7)";
  const script = new URL(urls.script, location.href).href; // a srcdoc document has no base of its own to resolve against
  frame.srcdoc = `<!doctype html><meta charset=utf-8><title>face-api.js</title><script src="${attribute(script)}"></script>`;
  await new Promise<void>((resolve) => {
    frame.addEventListener("load", () => resolve(), { once: true });
    document.body.append(frame);
  });
  // biome-ignore lint/suspicious/noExplicitAny: face-api.js's module object lives in the frame's window, untyped
  const win = frame.contentWindow as any;
  const faceapi = win.faceapi;
  if (!faceapi?.Mtcnn) {
    frame.remove();
    throw new Error(`face-api.js did not load from ${script} (missing file, or blocked by the Content-Security-Policy)`);
  }
  const [manifest, shard] = await Promise.all([
    win.fetch(urls.manifest).then((r: Response) => r.json()),
    win.fetch(urls.shard).then((r: Response) => r.arrayBuffer()),
  ]);
  const net = new faceapi.Mtcnn();
  net.loadFromWeightMap(faceapi.tf.io.decodeWeights(shard, manifest[0].weights));
  return {
    tfVersion: faceapi.tf.version_core,
    setBackend: async (name) => {
      // tfjs 1.7 throws for a backend it has never registered (wasm) where 4.x returns false.
      try {
        const ok = await faceapi.tf.setBackend(name);
        await faceapi.tf.ready();
        return ok && faceapi.tf.getBackend() === name;
      } catch {
        return false;
      }
    },
    canvas: (image) => {
      const canvas = win.document.createElement("canvas");
      canvas.width = image.width;
      canvas.height = image.height;
      const data = new win.ImageData(new win.Uint8ClampedArray(image.rgba), image.width, image.height);
      canvas.getContext("2d").putImageData(data, 0, 0);
      return canvas;
    },
    detect: async (canvas, s) => {
      const options = { minFaceSize: s.minFaceSize, scaleFactor: s.scaleFactor, scoreThresholds: [...s.thresholds], maxNumScales: 100 };
      const results = await net.forward(canvas, options);
      // biome-ignore lint/suspicious/noExplicitAny: a face-api.js result from the frame, untyped
      return results.map((r: any) => {
        const { x, y, width, height } = r.detection.box;
        return [x, y, x + width, y + height] as Box;
      });
    },
    dispose: () => {
      net.dispose();
      frame.remove();
    },
  };
}
