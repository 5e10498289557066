/**
 * `facelab align <in_dir> <out_dir>`: the dataset pass of davidsandberg/facenet
 * `align_dataset_mtcnn.py` — every image under in_dir becomes an aligned PNG under out_dir with the
 * same sub-folders. Re-runnable: a file whose output exists is skipped without being decoded.
 * A file that cannot be read or aligned costs one stderr line and is counted; the run goes on.
 */
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { DEFAULT_MARGIN_CROP } from "../align/marginCrop.js";
import { alignFile, type AlignSettings } from "./alignFile.js";
import { outputBases, outputNames } from "./alignNames.js";
import { count, emptyTally, report } from "./alignTally.js";
import { listFiles } from "./listFiles.js";
import { loadDetector } from "../node/loadDetector.js";
import { DETECTOR_FLAGS, parseCommand } from "./parseCommand.js";
import { detectorOptions, parseBackend, parseNumber, parseSize } from "./parseValues.js";
import { progress } from "./progress.js";
import { ALIGN_HELP, UsageError } from "./usage.js";

interface AlignArgs extends AlignSettings {
  inDir: string;
  outDir: string;
  backend: "wasm" | "cpu";
}

/** The checked arguments of `align`, or null for `--help`. */
function parseAlignArgs(argv: string[]): AlignArgs | null {
  const { values, positionals } = parseCommand(argv, {
    ...DETECTOR_FLAGS,
    size: { type: "string" },
    margin: { type: "string" },
    warp: { type: "boolean" },
    "all-faces": { type: "boolean" },
  });
  if (values.help) return null;
  const mtcnn = detectorOptions(values);
  const backend = parseBackend(values.backend);
  const size = values.size === undefined ? DEFAULT_MARGIN_CROP.size : parseSize("size", values.size);
  const margin = values.margin === undefined ? DEFAULT_MARGIN_CROP.margin : parseNumber("margin", values.margin);
  if (margin < 0) throw new UsageError(`--margin must be ≥ 0, got "${values.margin}"`);
  if (positionals.length !== 2) throw new UsageError(`align needs <in_dir> and <out_dir>, got ${positionals.length} argument(s)`);
  const [inDir, outDir] = positionals;
  if (!existsSync(inDir) || !statSync(inDir).isDirectory()) throw new UsageError(`${inDir}: no such folder`);
  return { inDir, outDir, backend, size, margin, warp: values.warp ?? false, allFaces: values["all-faces"] ?? false, mtcnn };
}

/** Runs `align`; returns the exit code (1 if some files could not be read or aligned). */
export async function alignCommand(argv: string[]): Promise<number> {
  const args = parseAlignArgs(argv);
  if (args === null) {
    process.stdout.write(ALIGN_HELP);
    return 0;
  }
  const start = performance.now();
  const files = await listFiles(args.inDir, args.outDir);
  const detector = await loadDetector(args.backend);
  const bases = outputBases(files);
  const tally = emptyTally();
  const bar = progress(files.length);
  try {
    for (const rel of files) {
      const outBase = path.join(args.outDir, bases.get(rel) as string);
      if (existsSync(outputNames(outBase, args.allFaces, 1)[0])) tally.skipped++;
      else count(tally, await alignFile(detector, path.join(args.inDir, rel), outBase, args, (line) => bar.note(line)), path.join(args.inDir, rel), bar);
      bar.tick(rel);
    }
  } finally {
    bar.finish();
    detector.dispose();
  }
  process.stdout.write(report(files.length, tally, (performance.now() - start) / 1000, args.outDir));
  return tally.unreadable + tally.unalignable > 0 ? 1 : 0;
}
