/**
 * `facelab lfw embed --lfw <dir> --out <dir> [--embedder NAME]`: detect, align and embed every LFW
 * image on worker threads, resumable (the log `<out>/progress.jsonl` is read back on restart and
 * Ctrl-C stops cleanly), then write the artifacts. Images with no face fall back to a centre crop and
 * are counted. Several embedders (`--embedder mobileface,faceres`) share one detection per image
 * and write one folder each, `<out>/<name>/`.
 */
import { existsSync, mkdirSync, readFileSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { appendDone, readDone, type Done } from "../lfw/checkpoint.js";
import { DEFAULT_MARGIN_CROP } from "../align/marginCrop.js";
import type { DlibStandardisation } from "../embed/dlibResnet.js";
import { EMBEDDER_NAMES, type EmbedderName, GRAPH_EMBEDDERS, isEmbedderName } from "../embed/graphEmbedderSpecs.js";
import { type EmbeddingRow, parseTsv } from "../lfw/embeddingTable.js";
import type { AlignMode, ChipLandmarks } from "../lfw/embedImage.js";
import { listLfwImages } from "../lfw/listImages.js";
import { parsePairs } from "../lfw/pairs.js";
import { runPool } from "../lfw/runPool.js";
import { writeArtifacts } from "../lfw/writeArtifacts.js";
import { writeAtomic } from "../node/writeAtomic.js";
import { parseCommand } from "./parseCommand.js";
import { progress } from "./progress.js";
import { LFW_EMBED_HELP } from "./lfwUsage.js";
import { UsageError } from "./usage.js";

const FLAGS = {
  lfw: { type: "string" },
  out: { type: "string" },
  workers: { type: "string" },
  flip: { type: "boolean" },
  align: { type: "string" },
  limit: { type: "string" },
  pairs: { type: "string", multiple: true },
  margin: { type: "string" },
  prewhiten: { type: "boolean" },
  backend: { type: "string" },
  embedder: { type: "string" },
  "faces-from": { type: "string" },
  landmarks: { type: "string" },
  jitter: { type: "string" },
  seed: { type: "string" },
  variants: { type: "string" },
  "thumb-size": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

function positiveInt(name: string, v: string | undefined, fallback: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--${name} must be a positive whole number, got "${v}"`);
  return n;
}

export async function lfwEmbedCommand(argv: string[]): Promise<number> {
  const { values: v } = parseCommand(argv, FLAGS);
  if (v.help) return (process.stdout.write(LFW_EMBED_HELP), 0);
  if (!v.lfw || !v.out) throw new UsageError("--lfw <dir> and --out <dir> are required");
  if (!existsSync(v.lfw) || !statSync(v.lfw).isDirectory()) throw new UsageError(`--lfw ${v.lfw}: no such folder`);
  const align = (v.align ?? "chip") as AlignMode;
  if (align !== "chip" && align !== "margin") throw new UsageError(`--align must be chip or margin, got "${v.align}"`);
  const backend = (v.backend ?? "wasm") as "wasm" | "cpu";
  if (backend !== "wasm" && backend !== "cpu") throw new UsageError(`--backend must be wasm or cpu, got "${v.backend}"`);
  const workers = positiveInt("workers", v.workers, Math.max(1, os.availableParallelism()));
  const thumbSize = positiveInt("thumb-size", v["thumb-size"], 32);
  const margin = marginOption(v.margin, align);
  const standardisation: DlibStandardisation = v.prewhiten ? "prewhiten" : "fixed";
  const embedders = embedderOption(v.embedder);
  if (v.prewhiten && !(embedders.length === 1 && embedders[0] === "dlib")) throw new UsageError("--prewhiten applies to the dlib embedder only");
  const chipLandmarks = landmarksOption(v.landmarks, align, embedders);
  const jitter = v.jitter === undefined ? 0 : positiveInt("jitter", v.jitter, 0);
  if (jitter && v.flip) throw new UsageError("--jitter already mirrors half of its copies (as dlib's jitter_image does): drop --flip");
  const seed = v.seed === undefined ? 0 : Number(v.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new UsageError(`--seed must be a whole number ≥ 0, got "${v.seed}"`);
  const variants = v.variants === undefined ? null : variantsOption(v.variants, align, embedders, v);
  const given = v["faces-from"] ? facesFrom(v["faces-from"], embedders, align, variants ? "dlib68" : chipLandmarks) : null;
  if (given && variants?.some((x) => x.landmarks === "mtcnn"))
    throw new UsageError("--faces-from keeps boxes, not MTCNN's landmarks: the mtcnn variant needs a fresh detection");
  const wanted = v.pairs ? pairImages(v.pairs) : null;
  const all = listLfwImages(v.lfw)
    .filter((p) => !wanted || wanted.has(p))
    .slice(0, positiveInt("limit", v.limit, Infinity));
  // One embedder writes into --out itself (the format every reader knows); several, a folder each.
  const outNames: string[] = variants ? variants.map((x) => x.name) : embedders;
  const outs = outNames.map((name) => (outNames.length === 1 ? (v.out as string) : path.join(v.out as string, name)));
  for (const out of outs) mkdirSync(out, { recursive: true });
  const logs = outs.map((out) => path.join(out, "progress.jsonl"));
  const dones = logs.map((log) => readDone(log));
  const todo = all.filter((p) => dones.some((done) => !done.has(p)));
  const unknown = given ? todo.filter((p) => !given.has(p)) : [];
  if (unknown.length) throw new UsageError(`--faces-from has no row for ${unknown.length} image(s), e.g. ${unknown[0]}`);
  process.stderr.write(
    `facelab lfw embed: ${all.length} images, ${all.length - todo.length} done before, ${todo.length} to go on ${workers} workers (${backend}; ${embedders.join(", ")})\n`,
  );
  let stop = false;
  const onSignal = () => {
    stop = true;
    process.stderr.write("\nstopping after the images in flight; run the same command again to resume\n");
  };
  process.once("SIGINT", onSignal);
  const bar = progress(todo.length);
  const started = performance.now();
  // Nothing left (a finished run repeated): no worker is started only to load its models.
  if (todo.length > 0)
    await runPool(
      todo.map((p) => ({ path: p, file: path.join(v.lfw as string, p), ...(given ? { face: given.get(p) } : {}) })),
      workers,
      {
        options: { align, margin, flip: !!v.flip, thumbSize, chipLandmarks, jitter, seed, ...(variants ? { variants } : {}) },
        backend,
        standardisation,
        embedders,
      },
      (r) => {
        const each: Done[] =
          r.type === "done"
            ? [r, ...r.more].map((e) => ({ path: r.path, row: r.row, embedding: e.embedding, thumb: e.thumb }))
            : outNames.map(() => ({ path: r.path, error: r.message }));
        each.forEach((d, i) => {
          appendDone(logs[i], d);
          dones[i].set(r.path, d);
        });
        if (r.type === "failed") bar.note(`facelab lfw embed: ${r.message}`);
        bar.tick(r.path);
      },
      () => stop,
    );
  bar.finish();
  process.removeListener("SIGINT", onSignal);
  let code = 0;
  for (const [i, name] of outNames.entries()) {
    const embedder = variants ? embedders[0] : (name as EmbedderName);
    const variant = variants?.[i];
    const run = {
      // The options as given, so an artifact says exactly how it was made (resumed runs: the last one).
      command: ["facelab", "lfw", "embed", ...argv].join(" "),
      embedder,
      align,
      ...(align === "margin" ? { margin } : {}),
      flip: variant ? variant.flip : !!v.flip,
      ...(variant ? (variant.landmarks !== "mtcnn" ? { chipLandmarks: variant.landmarks } : {}) : chipLandmarks !== "mtcnn" ? { chipLandmarks } : {}),
      ...(variant ? (variant.jitter ? { jitter: variant.jitter, seed } : {}) : jitter ? { jitter, seed } : {}),
      ...(variant ? { variant: variant.name, sharedPassWith: outNames.filter((n) => n !== name) } : {}),
      ...(embedder === "dlib" ? { standardisation } : {}),
      thumbSize,
      workers,
      backend,
      imagesThisRun: todo.length,
      secondsThisRun: Math.round((performance.now() - started) / 1000),
      ...(!variants && embedders.length > 1 ? { sharedDetectionWith: embedders.filter((e) => e !== embedder) } : {}),
      ...(v["faces-from"] ? { facesFrom: v["faces-from"] } : {}),
    };
    code = Math.max(code, await summarise(outs[i], all, dones[i], run, stop));
  }
  return code;
}

/**
 * `--faces-from <embeddings.tsv>`: an earlier run's faces by image path, to crop without detecting
 * again. Only box crops can use them (the table keeps boxes, not landmarks): `--align margin`, or
 * embedders whose own crop is the box (FaceRes).
 */
function facesFrom(file: string, embedders: EmbedderName[], align: AlignMode, landmarks: ChipLandmarks): Map<string, EmbeddingRow> {
  const boxOnly = (e: EmbedderName) => e !== "dlib" && GRAPH_EMBEDDERS[e].crop.kind === "box";
  if (align !== "margin" && landmarks === "mtcnn" && !embedders.every(boxOnly)) {
    throw new UsageError("--faces-from keeps boxes, not landmarks: it needs --align margin, --landmarks dlib68|dlib5 or box-crop embedders only (faceres)");
  }
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    throw new UsageError(`--faces-from ${file}: cannot read it`);
  }
  return new Map(parseTsv(text).map((r) => [r.path, r]));
}

/** `--landmarks`: where dlib's chip takes its landmarks; anything but MTCNN's needs the dlib embedder and chip alignment. */
function landmarksOption(v: string | undefined, align: AlignMode, embedders: EmbedderName[]): ChipLandmarks {
  const landmarks = (v ?? "mtcnn") as ChipLandmarks;
  if (!["mtcnn", "dlib68", "dlib5"].includes(landmarks)) throw new UsageError(`--landmarks must be mtcnn, dlib68 or dlib5, got "${v}"`);
  if (landmarks !== "mtcnn" && (align !== "chip" || embedders.some((e) => e !== "dlib"))) {
    throw new UsageError("--landmarks dlib68|dlib5 places dlib's chip: it needs --align chip and the dlib embedder");
  }
  return landmarks;
}

/**
 * `--variants LIST`: several chips of dlib's network from one pass, each written to `<out>/<NAME>/`;
 * NAME is the landmarks (mtcnn, dlib68, dlib5), then `+flip` or `+jitterK`: "dlib68,dlib68+flip".
 */
function variantsOption(list: string, align: AlignMode, embedders: EmbedderName[], v: { flip?: boolean; jitter?: string; landmarks?: string }) {
  if (align !== "chip" || embedders.length !== 1 || embedders[0] !== "dlib")
    throw new UsageError("--variants compares dlib chips: it needs --align chip and the dlib embedder");
  if (v.flip || v.jitter !== undefined || v.landmarks !== undefined)
    throw new UsageError("--variants names its own landmarks, flip and jitter: drop --flip, --jitter and --landmarks");
  const names = list.split(",").map((s) => s.trim());
  if (new Set(names).size !== names.length) throw new UsageError(`--variants names a variant twice: "${list}"`);
  return names.map((name) => {
    const m = /^(mtcnn|dlib68|dlib5)(?:\+(flip|jitter([1-9][0-9]*)))?$/.exec(name);
    if (!m) throw new UsageError(`--variants: "${name}" is not LANDMARKS[+flip|+jitterK] with LANDMARKS mtcnn, dlib68 or dlib5`);
    return { name, landmarks: m[1] as ChipLandmarks, flip: m[2] === "flip", jitter: m[3] ? Number(m[3]) : 0 };
  });
}

/** `--embedder`: one name or a comma-separated list, each once. */
function embedderOption(v: string | undefined): EmbedderName[] {
  const names = (v ?? "dlib").split(",").map((s) => s.trim());
  for (const n of names) if (!isEmbedderName(n)) throw new UsageError(`--embedder must be one of ${EMBEDDER_NAMES.join(", ")}, got "${n}"`);
  if (new Set(names).size !== names.length) throw new UsageError(`--embedder names an embedder twice: "${v}"`);
  return names as EmbedderName[];
}

/** `--margin`: facenet's total margin in source pixels; only meaningful with `--align margin`. */
function marginOption(v: string | undefined, align: AlignMode): number {
  if (v === undefined) return DEFAULT_MARGIN_CROP.margin;
  if (align !== "margin") throw new UsageError("--margin needs --align margin (the chip's framing is fixed by its landmarks)");
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new UsageError(`--margin must be a number ≥ 0, got "${v}"`);
  return n;
}

/** The images the pairs files use (to embed only what protocols need, e.g. View 2 plus View 1's dev test). */
function pairImages(files: string[]): Set<string> {
  const images = new Set<string>();
  for (const file of files) {
    let text: string;
    try {
      text = readFileSync(file, "utf8");
    } catch {
      throw new UsageError(`--pairs ${file}: cannot read it`);
    }
    for (const p of parsePairs(text)) images.add(p.a).add(p.b);
  }
  return images;
}

/** How the artifacts were made, written beside them (and carried into `lfw eval`'s report). */
interface EmbedSettings {
  command: string;
  embedder: EmbedderName;
  align: AlignMode;
  /** With `align: "margin"` only. */
  margin?: number;
  flip: boolean;
  /** Where dlib's chip took its landmarks, when not MTCNN's. */
  chipLandmarks?: ChipLandmarks;
  /** With `--variants`: this folder's variant, and the others computed in the same pass (the time is theirs together). */
  variant?: string;
  sharedPassWith?: string[];
  /** Jittered copies averaged per image, and the generator's seed. */
  jitter?: number;
  seed?: number;
  /** dlib only. */
  standardisation?: DlibStandardisation;
  thumbSize: number;
  workers: number;
  backend: string;
  imagesThisRun: number;
  secondsThisRun: number;
  /** The other embedders run on the same detections (the run's time is theirs together). */
  sharedDetectionWith?: EmbedderName[];
  /** The table whose faces were used instead of detecting. */
  facesFrom?: string;
}

async function summarise(out: string, all: string[], done: Map<string, Done>, run: EmbedSettings, stopped: boolean): Promise<number> {
  const results = all.map((p) => done.get(p)).filter((d): d is Done => d !== undefined);
  const failed = results.filter((d) => "error" in d).length;
  const fallback = results.filter((d) => "row" in d && d.row.source === "center-crop").length;
  if (stopped) return (process.stderr.write(`interrupted: ${results.length} of ${all.length} done\n`), 130);
  const rows = await writeArtifacts(out, all, done, run.thumbSize);
  const settings = { ...run, images: rows, fallbackFaces: fallback, unreadable: failed, date: new Date().toISOString().slice(0, 10) };
  await writeAtomic(path.join(out, "settings.json"), new TextEncoder().encode(JSON.stringify(settings, null, 1) + "\n"));
  process.stdout.write(
    `embedded ${rows} of ${all.length} images (${fallback} without a detected face, embedded from a centre crop; ${failed} unreadable)\n` +
      `wrote ${path.join(out, "embeddings.f32")}, embeddings.tsv, thumbs.jpg, settings.json\n`,
  );
  return failed ? 1 : 0;
}
