/**
 * The arguments `facelab classifier train` and `classify` share — the dataset folder, the model file,
 * the classifier.py split flags and the pipeline flags — and the photos each side of the split uses.
 */
import os from "node:os";
import { DEFAULT_SPLIT, splitDataset, type PersonImages, type SplitOptions } from "../classifier/splitDataset.js";
import { listPeople } from "./listPeople.js";
import { parseCommand } from "./parseCommand.js";
import { parseBackend, parseNumber, parseSize } from "./parseValues.js";
import { UsageError } from "./usage.js";

const CLASSIFIER_FLAGS = {
  "min-images": { type: "string" },
  "train-images": { type: "string" },
  seed: { type: "string" },
  workers: { type: "string" },
  flip: { type: "boolean" },
  backend: { type: "string" },
  threshold: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

export interface ClassifierArgs {
  dataset: string;
  model: string;
  split: Required<SplitOptions> | null;
  workers: number;
  flip: boolean;
  backend: "wasm" | "cpu";
  threshold?: number;
  json: boolean;
}

/** The checked arguments, or null for --help. `verb` names the subcommand in messages. */
export function parseClassifierArgs(argv: string[], verb: "train" | "classify"): ClassifierArgs | null {
  const { values: v, positionals } = parseCommand(argv, CLASSIFIER_FLAGS);
  if (v.help) return null;
  if (positionals.length !== 2)
    throw new UsageError(`${verb} needs <dataset_dir> and <model.json>, got ${positionals.length} argument${positionals.length === 1 ? "" : "s"}`);
  if (verb === "train" && (v.threshold !== undefined || v.json)) throw new UsageError("--threshold and --json are options of classify");
  const splitting = v["min-images"] !== undefined || v["train-images"] !== undefined;
  const split = splitting
    ? {
        minImages: v["min-images"] === undefined ? DEFAULT_SPLIT.minImages : parseSize("min-images", v["min-images"]),
        trainImages: v["train-images"] === undefined ? DEFAULT_SPLIT.trainImages : parseSize("train-images", v["train-images"]),
        seed: v.seed === undefined ? DEFAULT_SPLIT.seed : parseSize("seed", v.seed, 0),
      }
    : null;
  if (split && split.trainImages >= split.minImages) {
    throw new UsageError(`--train-images (${split.trainImages}) must be below --min-images (${split.minImages}) so every person keeps test photos`);
  }
  if (!split && v.seed !== undefined) throw new UsageError("--seed only applies with --min-images / --train-images");
  const threshold = v.threshold === undefined ? undefined : parseNumber("threshold", v.threshold);
  if (threshold !== undefined && !(threshold > 0)) throw new UsageError(`--threshold must be > 0, got "${v.threshold}"`);
  return {
    dataset: positionals[0],
    model: positionals[1],
    split,
    threshold,
    json: v.json ?? false,
    flip: v.flip ?? false,
    workers: v.workers === undefined ? Math.max(1, os.availableParallelism()) : parseSize("workers", v.workers),
    backend: parseBackend(v.backend),
  };
}

/** The photos `train` (side "train") or `classify` (side "test") works on. */
export function selectPeople(args: ClassifierArgs, side: "train" | "test"): PersonImages[] {
  let people: PersonImages[];
  try {
    people = listPeople(args.dataset);
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  if (args.split === null) return people;
  const named = people.filter((p) => p.label !== "");
  return splitDataset(named, args.split)[side];
}
