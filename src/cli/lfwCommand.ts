/**
 * `facelab lfw <embed|eval>`: the LFW verification experiment. Without a subcommand the help goes to
 * stderr with exit 2 (a bad invocation, as `facelab` alone); with --help to stdout with exit 0.
 */
import { lfwEmbedCommand } from "./lfwEmbedCommand.js";
import { lfwEvalCommand } from "./lfwEvalCommand.js";
import { LFW_HELP } from "./lfwUsage.js";
import { UsageError } from "./usage.js";

export async function lfwCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "embed") return lfwEmbedCommand(rest);
  if (sub === "eval") return lfwEvalCommand(rest);
  if (sub === undefined) return (process.stderr.write(LFW_HELP), 2);
  if (sub === "--help" || sub === "-h") return (process.stdout.write(LFW_HELP), 0);
  throw new UsageError(`unknown subcommand "${sub}" (embed or eval)`);
}
