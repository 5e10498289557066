/**
 * `node:util` parseArgs with the CLI's conventions: strict (unknown options are errors), positionals
 * allowed, and its exceptions turned into one-line `UsageError`s.
 */
import { parseArgs, type ParseArgsConfig } from "node:util";
import { UsageError } from "./usage.js";

type Options = NonNullable<ParseArgsConfig["options"]>;

/** What `parseArgs` returns for `options` in strict mode with positionals. */
export type ParsedCommand<O extends Options> = ReturnType<typeof parseArgs<{ args: string[]; options: O; strict: true; allowPositionals: true }>>;

/** The options shared by every command that runs the detector. */
export const DETECTOR_FLAGS = {
  "min-face": { type: "string" },
  factor: { type: "string" },
  thresholds: { type: "string" },
  backend: { type: "string" },
  "max-side": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies Options;

/** Parses `argv` against `options`; parse failures become `UsageError`s. */
export function parseCommand<O extends Options>(argv: string[], options: O): ParsedCommand<O> {
  try {
    return parseArgs({ args: argv, options, strict: true, allowPositionals: true });
  } catch (err) {
    const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ""));
  }
}
