/** `facelab lfw <embed|eval>`: the LFW verification experiment. */
import { lfwEmbedCommand } from "./lfwEmbedCommand.js";
import { lfwEvalCommand } from "./lfwEvalCommand.js";
import { LFW_HELP } from "./lfwUsage.js";
import { UsageError } from "./usage.js";

export async function lfwCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "embed") return lfwEmbedCommand(rest);
  if (sub === "eval") return lfwEvalCommand(rest);
  if (sub === undefined || sub === "--help" || sub === "-h") return process.stdout.write(LFW_HELP), sub === undefined ? 2 : 0;
  throw new UsageError(`unknown subcommand "${sub}" (embed or eval)`);
}
