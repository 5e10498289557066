/**
 * `facelab wider <stats|eval>`. Without a subcommand the help goes to stderr with exit 2 (a bad
 * invocation, as `facelab` alone); with --help to stdout with exit 0.
 */
import { UsageError } from "./usage.js";
import { widerEvalCommand } from "./widerEvalCommand.js";
import { widerStatsCommand } from "./widerStatsCommand.js";
import { WIDER_HELP } from "./widerUsage.js";

export async function widerCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === "stats") return widerStatsCommand(rest);
  if (sub === "eval") return widerEvalCommand(rest);
  if (sub === undefined) return (process.stderr.write(WIDER_HELP), 2);
  if (sub === "--help" || sub === "-h") return (process.stdout.write(WIDER_HELP), 0);
  throw new UsageError(`unknown subcommand "${sub}" (stats or eval)`);
}
