/**
 * `facelab classifier <train|classify>`: facenet's classifier.py on a folder of person sub-folders.
 * Without a subcommand the help goes to stderr with exit 2; with --help to stdout with exit 0.
 */
import { classifierClassifyCommand } from "./classifierClassifyCommand.js";
import { classifierTrainCommand } from "./classifierTrainCommand.js";
import { CLASSIFIER_HELP } from "./classifierUsage.js";
import { UsageError } from "./usage.js";

export async function classifierCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "train") return classifierTrainCommand(rest);
  if (sub === "classify") return classifierClassifyCommand(rest);
  if (sub === undefined) return (process.stderr.write(CLASSIFIER_HELP), 2);
  if (sub === "--help" || sub === "-h") return (process.stdout.write(CLASSIFIER_HELP), 0);
  throw new UsageError(`unknown subcommand "${sub}" (train or classify)`);
}
