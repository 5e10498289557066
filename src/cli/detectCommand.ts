/**
 * `facelab detect <image…>`: detection on each file, reported as text or as the reference JSON
 * schema. A file that cannot be read costs one stderr line and exit code 1; the rest still run.
 */
import type { Detection } from "../core/types.js";
import { DETECTOR_NAMES, isDetectorName, type DetectorName } from "../detect/detector.js";
import { facesToSource } from "../image/scaleFaces.js";
import type { DetectOptions } from "../mtcnn/detector.js";
import { ImageLoadError } from "../node/loadImage.js";
import { readInput } from "./readInput.js";
import { drawFaces, drawPaths } from "./drawFaces.js";
import { faceJson, type DetectJson } from "./faceJson.js";
import { loadDetectorNamed } from "../node/loadDetector.js";
import { DETECTOR_FLAGS, parseCommand } from "./parseCommand.js";
import { detectorOptions, parseBackend, parseNumber } from "./parseValues.js";
import { DETECT_HELP, UsageError } from "./usage.js";

interface DetectArgs {
  files: string[];
  json: boolean;
  draw: string | undefined;
  backend: "wasm" | "cpu";
  detector: DetectorName;
  /** The smallest score kept, if given (`--min-score`). */
  minScore: number | undefined;
  mtcnn: DetectOptions;
}

/** `--min-score S`: a score threshold in (0, 1), or undefined for the detector's default. */
function parseMinScore(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const s = parseNumber("min-score", value);
  if (!(s > 0 && s < 1)) throw new UsageError(`--min-score must be between 0 and 1 (exclusive), got "${value}"`);
  return s;
}

/** The flags that tune MTCNN's cascade and mean nothing to the other detectors. */
const MTCNN_ONLY = ["min-face", "factor", "thresholds"] as const;

/** The `--detector` value, checked against the flags given with it. */
function parseDetectorName(value: string | undefined, flags: Partial<Record<(typeof MTCNN_ONLY)[number], string>>): DetectorName {
  const name = value ?? "mtcnn";
  if (!isDetectorName(name)) throw new UsageError(`--detector must be one of ${DETECTOR_NAMES.join(", ")}, got "${name}"`);
  const stray = MTCNN_ONLY.find((flag) => flags[flag] !== undefined);
  if (name !== "mtcnn" && stray) throw new UsageError(`--${stray} applies to --detector mtcnn only, not ${name}`);
  return name;
}

/** The checked arguments of `detect`, or null for `--help`. */
function parseDetectArgs(argv: string[]): DetectArgs | null {
  const { values, positionals } = parseCommand(argv, {
    ...DETECTOR_FLAGS,
    json: { type: "boolean" },
    draw: { type: "string" },
    detector: { type: "string" },
    "min-score": { type: "string" },
  });
  if (values.help) return null;
  const mtcnn = detectorOptions(values);
  const backend = parseBackend(values.backend);
  const detector = parseDetectorName(values.detector, values);
  if (positionals.length === 0) throw new UsageError("detect needs at least one image file");
  if (values.draw === "") throw new UsageError("--draw needs a folder to write to");
  return { files: positionals, json: values.json ?? false, draw: values.draw, backend, detector, minScore: parseMinScore(values["min-score"]), mtcnn };
}

/** The readable summary of one image. */
function summary(file: string, width: number, height: number, faces: Detection[]): string {
  const head = `${file}: ${width}×${height}, ${faces.length} face${faces.length === 1 ? "" : "s"}`;
  const rows = faces.map(({ box, score }) => `  [${box.map((v) => v.toFixed(1)).join(", ")}]  score ${score.toFixed(4)}`);
  return [head, ...rows].join("\n") + "\n";
}

/** Runs `detect`; returns the exit code. */
export async function detectCommand(argv: string[]): Promise<number> {
  const args = parseDetectArgs(argv);
  if (args === null) {
    process.stdout.write(DETECT_HELP);
    return 0;
  }
  const { maxPixels, maxSide, ...cascade } = args.mtcnn;
  const detector = await loadDetectorNamed(args.detector, args.backend, { mtcnn: cascade });
  const out: DetectJson = { images: {} };
  const drawn = args.draw === undefined ? undefined : drawPaths(args.files, args.draw);
  let failures = 0;
  try {
    for (const file of args.files) {
      try {
        const { pixels, original } = await readInput("detect", file, args.mtcnn);
        const faces = facesToSource(await detector.detect(pixels, { maxPixels, maxSide, scoreThreshold: args.minScore }), pixels, original);
        out.images[file] = { width: original.width, height: original.height, faces: faces.map(faceJson) };
        if (!args.json) process.stdout.write(summary(file, original.width, original.height, faces));
        if (drawn !== undefined) await drawFaces(file, pixels, original, faces, drawn.get(file) as string);
      } catch (err) {
        if (!(err instanceof ImageLoadError) && !isFileSystemError(err)) throw err;
        process.stderr.write(`facelab detect: ${err.message.split("\n")[0]}\n`);
        failures++;
      }
    }
  } finally {
    detector.dispose();
  }
  if (args.json) process.stdout.write(JSON.stringify(out) + "\n");
  return failures > 0 ? 1 : 0;
}

/** Errors from writing `--draw` output (no permission, disk full): reported like unreadable inputs. */
function isFileSystemError(err: unknown): err is NodeJS.ErrnoException {
  return err instanceof Error && typeof (err as NodeJS.ErrnoException).code === "string";
}
