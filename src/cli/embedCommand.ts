/**
 * `facelab embed <image…>`: detect → align → embed on each file (all faces, or the largest), printed
 * as a summary or as the `detect` JSON schema with an `"embedding"` per face. Unreadable files cost
 * one stderr line naming them and exit code 1; the rest still run.
 */
import type { DetectOptions } from "../mtcnn/detector.js";
import { facesToSource } from "../image/scaleFaces.js";
import { ImageLoadError } from "../node/loadImage.js";
import { readInput } from "./readInput.js";
import { embedFaces, type EmbeddedFace } from "../pipeline/embedFaces.js";
import { embeddedFaceJson, type EmbedJson } from "./embedJson.js";
import { distanceMatrixText } from "./distanceMatrixText.js";
import { loadDetector } from "../node/loadDetector.js";
import { loadEmbedder } from "../node/loadEmbedder.js";
import { DETECTOR_FLAGS, parseCommand } from "./parseCommand.js";
import { detectorOptions, parseBackend } from "./parseValues.js";
import { EMBED_HELP, UsageError } from "./usage.js";

interface EmbedArgs {
  files: string[];
  json: boolean;
  largest: boolean;
  flip: boolean;
  backend: "wasm" | "cpu";
  mtcnn: DetectOptions;
}

/** The checked arguments of `embed`, or null for `--help`. */
function parseEmbedArgs(argv: string[]): EmbedArgs | null {
  const { values, positionals } = parseCommand(argv, { ...DETECTOR_FLAGS, json: { type: "boolean" }, largest: { type: "boolean" }, flip: { type: "boolean" } });
  if (values.help) return null;
  const mtcnn = detectorOptions(values);
  const backend = parseBackend(values.backend);
  if (positionals.length === 0) throw new UsageError("embed needs at least one image file");
  return { files: positionals, json: values.json ?? false, largest: values.largest ?? false, flip: values.flip ?? false, backend, mtcnn };
}

/** The readable summary of one image: box, score and the start of each embedding. */
function summary(file: string, width: number, height: number, faces: EmbeddedFace[]): string {
  const head = `${file}: ${width}×${height}, ${faces.length} face${faces.length === 1 ? "" : "s"}`;
  const rows = faces.map(
    ({ box, score, embedding }) =>
      `  [${box.map((v) => v.toFixed(1)).join(", ")}]  score ${score.toFixed(4)}  embedding [${Array.from(embedding.subarray(0, 4), (v) => v.toFixed(4)).join(", ")}, …] (${embedding.length})`,
  );
  return [head, ...rows].join("\n") + "\n";
}

/** Runs `embed`; returns the exit code. */
export async function embedCommand(argv: string[]): Promise<number> {
  const args = parseEmbedArgs(argv);
  if (args === null) {
    process.stdout.write(EMBED_HELP);
    return 0;
  }
  const detector = await loadDetector(args.backend);
  const out: EmbedJson = { images: {} };
  let failures = 0;
  try {
    const embedder = await loadEmbedder();
    try {
      for (const file of args.files) {
        try {
          const { pixels, original } = await readInput("embed", file, args.mtcnn);
          const onCopy = await embedFaces(detector, embedder, pixels, { largestOnly: args.largest, flip: args.flip, detector: args.mtcnn });
          // each face's chip is cut from the pixels it was found on; its box and landmarks are reported in the source's
          const placed = facesToSource(onCopy, pixels, original);
          const faces = onCopy.map((f, i) => ({ ...f, box: placed[i].box, landmarks: placed[i].landmarks }));
          out.images[file] = { width: original.width, height: original.height, faces: faces.map(embeddedFaceJson) };
          if (!args.json) process.stdout.write(summary(file, original.width, original.height, faces));
        } catch (err) {
          if (!(err instanceof ImageLoadError)) throw err;
          process.stderr.write(`facelab embed: ${err.message.split("\n")[0]}\n`);
          failures++;
        }
      }
    } finally {
      embedder.dispose();
    }
  } finally {
    detector.dispose();
  }
  if (args.json) process.stdout.write(JSON.stringify(out) + "\n");
  else {
    // As compare.py: every face against every other, once all images are in.
    const all = Object.entries(out.images).flatMap(([file, image]) =>
      image.faces.map((f, i) => ({ label: image.faces.length > 1 ? `${file} (face ${i + 1})` : file, embedding: f.embedding })),
    );
    if (all.length >= 2) process.stdout.write(distanceMatrixText(all));
  }
  return failures > 0 ? 1 : 0;
}
