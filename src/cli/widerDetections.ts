/**
 * Reads the detection JSON of `facelab detect --json` (`{"images": {"<path>": {"faces": [{"box",
 * "score"}]}}}`) for `wider eval` and keys its images by annotation path (`event/file.jpg`): relative
 * to `--images-root` when given, else by the path's last two parts, else by the file name alone when
 * only one annotated image has it (WIDER's file names repeat the event, so copies flattened into one
 * folder still match). Every problem names the file.
 */
import path from "node:path";
import type { Box } from "../core/types.js";
import type { ScoredBox } from "../wider/widerEvaluate.js";

const isBox = (b: unknown): b is Box => Array.isArray(b) && b.length === 4 && b.every(Number.isFinite);

/** The detections of one image entry, checked. */
function faces(entry: unknown, where: string): ScoredBox[] {
  const list = (entry as { faces?: unknown } | null)?.faces;
  if (!Array.isArray(list)) throw new Error(`${where}: expected {"faces": [...]}`);
  return list.map((f: { box?: unknown; score?: unknown } | null, i) => {
    if (!isBox(f?.box) || !Number.isFinite(f?.score)) throw new Error(`${where}, face ${i + 1}: expected {"box": [x1, y1, x2, y2], "score": s}`);
    return { box: [...f.box] as Box, score: f.score as number };
  });
}

/** Annotation paths by file name, for the names only one annotated image has. */
function uniqueNames(known: ReadonlySet<string>): Map<string, string> {
  const byName = new Map<string, string | null>();
  for (const p of known) {
    const name = p.split("/").at(-1) as string;
    byName.set(name, byName.has(name) ? null : p);
  }
  return new Map([...byName].filter((e): e is [string, string] => e[1] !== null));
}

/** The annotation path a detection key stands for (possibly not an annotated one). */
function annotationPath(key: string, imagesRoot: string | undefined, known: ReadonlySet<string>, names: () => Map<string, string>): string {
  if (imagesRoot !== undefined) return path.relative(imagesRoot, key).split(path.sep).join("/");
  const parts = key.split(/[\\/]/);
  const lastTwo = parts.slice(-2).join("/");
  return known.has(lastTwo) ? lastTwo : (names().get(parts.at(-1) as string) ?? lastTwo);
}

/**
 * Detections by annotation path. `known` holds the annotation file's paths; `source` and `annotations`
 * name the two files in errors.
 */
export function widerDetections(
  text: string,
  known: ReadonlySet<string>,
  { source, annotations, imagesRoot }: { source: string; annotations: string; imagesRoot?: string },
): Map<string, ScoredBox[]> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not JSON (${(err as Error).message})`);
  }
  const images = (json as { images?: unknown } | null)?.images;
  if (typeof images !== "object" || images === null || Array.isArray(images))
    throw new Error(`${source}: expected {"images": {"<path>": {"faces": [...]}}} (facelab detect --json)`);
  const out = new Map<string, ScoredBox[]>();
  let names: Map<string, string> | undefined;
  for (const [key, entry] of Object.entries(images)) {
    const rel = annotationPath(key, imagesRoot, known, () => (names ??= uniqueNames(known)));
    if (!known.has(rel))
      throw new Error(`${source}: image "${key}" (as "${rel}") is not in ${annotations}${imagesRoot === undefined ? "" : "; check --images-root"}`);
    if (out.has(rel)) throw new Error(`${source}: two images stand for "${rel}"`);
    out.set(rel, faces(entry, `${source}: image "${key}"`));
  }
  return out;
}
