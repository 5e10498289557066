/**
 * Embeds a classifier dataset for `facelab classifier`: every photo goes through the LFW pipeline's
 * worker pool (MTCNN → facenet's main face → dlib chip → 128-D embedding), with progress and ETA on
 * stderr. As after facenet's `align_dataset_mtcnn.py`, a photo with no face (or unreadable) is left
 * out and named, rather than embedded from a guess.
 */
import path from "node:path";
import type { LabelledEmbedding } from "../classifier/samples.js";
import type { PersonImages } from "../classifier/splitDataset.js";
import { runPool } from "../lfw/runPool.js";
import { progress } from "./progress.js";

export interface EmbeddedPhoto extends LabelledEmbedding {
  /** Path relative to the dataset folder. */
  path: string;
}

export interface EmbedPeopleResult {
  photos: EmbeddedPhoto[];
  /** Photos left out, with why. */
  skipped: { path: string; reason: string }[];
}

export interface EmbedPeopleOptions {
  workers: number;
  flip: boolean;
  backend: "wasm" | "cpu";
  /** Prefix of stderr lines, e.g. "facelab classifier train". */
  name: string;
}

/** The embeddings of every photo of `people` under `root`, in `people` order. */
export async function embedPeople(root: string, people: readonly PersonImages[], o: EmbedPeopleOptions): Promise<EmbedPeopleResult> {
  const jobs = people.flatMap((p) => p.files.map((file) => ({ path: file, file: path.join(root, file), label: p.label })));
  const byPath = new Map<string, EmbeddedPhoto | { reason: string }>();
  process.stderr.write(
    `${o.name}: embedding ${jobs.length} photos of ${people.length} people on ${o.workers} worker${o.workers === 1 ? "" : "s"} (${o.backend})\n`,
  );
  const bar = progress(jobs.length);
  const label = new Map(jobs.map((j) => [j.path, j.label]));
  await runPool(
    jobs.map(({ path, file }) => ({ path, file })),
    o.workers,
    { options: { align: "chip", flip: o.flip, thumbSize: 1 }, backend: o.backend },
    (r) => {
      if (r.type === "failed") byPath.set(r.path, { reason: r.message.replace(`${r.path}: `, "") });
      else if (r.row.source !== "mtcnn") byPath.set(r.path, { reason: "no face found" });
      else byPath.set(r.path, { path: r.path, label: label.get(r.path) ?? "", embedding: r.embedding });
      const got = byPath.get(r.path);
      if (got && "reason" in got) bar.note(`${o.name}: ${r.path}: ${got.reason}, left out`);
      bar.tick(r.path);
    },
    () => false,
  );
  bar.finish();
  const photos: EmbeddedPhoto[] = [];
  const skipped: { path: string; reason: string }[] = [];
  for (const j of jobs) {
    const got = byPath.get(j.path);
    if (got && "embedding" in got) photos.push(got);
    else skipped.push({ path: j.path, reason: got?.reason ?? "not processed" });
  }
  return { photos, skipped };
}
