/**
 * The compare page's pipeline on its sample photos, in Node: the same weight files the page loads
 * (docs/_models: the site's MTCNN weights, dlib's ResNet), the wasm backend, every face found, aligned and
 * embedded with its mirror image averaged in, scaled to unit length — what the page's `facesOf` does
 * in the browser. Shared by scripts/precomputeSamples.ts, which writes the record, and the test that
 * recomputes it.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { DlibEmbedder } from "../src/embed/dlibEmbedder.js";
import { BROWSER_DETECT_BUDGET, pixelsForBudget } from "../src/image/imageLimits.js";
import { unitVector } from "../src/math/vector.js";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { fileReader } from "../src/node/files.js";
import { readImage } from "../src/node/loadImage.js";
import { setupBackend } from "../src/node/setupBackend.js";
import { embedFaces } from "../src/pipeline/embedFaces.js";
import { ROOT } from "../harness/paths.js";
import type { PrecomputedPhoto } from "../docs/components/compare/precomputed.js";

/** The compare page's samples: id (as in the page's address) → file under docs/. */
export const COMPARE_SAMPLES: Record<string, string> = {
  "hopkins-1": "photos/Anthony_Hopkins_0001.jpg",
  "hopkins-2": "photos/Anthony_Hopkins_0002.jpg",
  group: "photos/group.jpg",
  portrait: "photos/portrait.jpg",
};

/** The weight folders the page loads (docs/components/assets.js), under docs/. */
const MTCNN_DIR = "_models/mtcnn/web";
const DLIB_DIR = "_models/dlib";
const DOCS = path.join(ROOT, "docs");

/** The page's two networks on the wasm backend (the page's backend too). */
export async function loadPageNetworks(): Promise<{ backend: string; mtcnn: Mtcnn; embedder: DlibEmbedder }> {
  const backend = await setupBackend("wasm");
  const mtcnn = await Mtcnn.load(fileReader(path.join(DOCS, MTCNN_DIR)));
  const embedder = await DlibEmbedder.load(fileReader(path.join(DOCS, DLIB_DIR)));
  return { backend, mtcnn, embedder };
}

/** SHA-256 of every weight file the page loads, by path under docs/. */
export async function weightHashes(): Promise<Record<string, string>> {
  const files = [
    ...["pnet", "rnet", "onet"].flatMap((n) => [`${MTCNN_DIR}/${n}-weights_manifest.json`, `${MTCNN_DIR}/${n}.bin`]),
    `${DLIB_DIR}/face_recognition_model-weights_manifest.json`,
    `${DLIB_DIR}/face_recognition_model.bin`,
  ];
  const hashes = await Promise.all(
    files.map(async (f) =>
      createHash("sha256")
        .update(await readFile(path.join(DOCS, f)))
        .digest("hex"),
    ),
  );
  return Object.fromEntries(files.map((f, i) => [f, hashes[i]]));
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

/** The faces of `file` (under docs/) as the page finds them, rounded for a compact record (unit embeddings to 1e-6). */
export async function sampleFaces({ mtcnn, embedder }: { mtcnn: Mtcnn; embedder: DlibEmbedder }, file: string): Promise<PrecomputedPhoto> {
  // the page's budget, so a photo the page would reduce is reduced the same way here
  const { pixels } = await readImage(path.join(DOCS, file), file, { maxPixels: pixelsForBudget(BROWSER_DETECT_BUDGET) });
  const faces = await embedFaces(mtcnn, embedder, pixels, { flip: true });
  return {
    file,
    width: pixels.width,
    height: pixels.height,
    faces: faces.map((f) => ({
      box: f.box.map((v) => round(v, 2)) as PrecomputedPhoto["faces"][number]["box"],
      score: round(f.score, 5),
      landmarks: f.landmarks.map(([x, y]) => [round(x, 2), round(y, 2)]) as PrecomputedPhoto["faces"][number]["landmarks"],
      unit: Array.from(unitVector(f.embedding), (v) => round(v, 6)),
    })),
  };
}
