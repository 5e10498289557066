#!/usr/bin/env node
/**
 * The `facelab` command line: dispatches to a command and maps errors to exit codes — 2 with one
 * line for a bad invocation, 1 with one line for anything else (set FACELAB_DEBUG=1 for the stack).
 * Importable (`bin/facelab.js` calls `main`) and runnable directly (`node --import tsx src/cli/main.ts`).
 */
import { realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignCommand } from "./alignCommand.js";
import { classifierCommand } from "./classifierCommand.js";
import { CLASSIFIER_HELP } from "./classifierUsage.js";
import { detectCommand } from "./detectCommand.js";
import { embedCommand } from "./embedCommand.js";
import { lfwCommand } from "./lfwCommand.js";
import { LFW_HELP } from "./lfwUsage.js";
import { withQuietConsole } from "./quietConsole.js";
import { widerCommand } from "./widerCommand.js";
import { WIDER_HELP } from "./widerUsage.js";
import { ALIGN_HELP, DETECT_HELP, EMBED_HELP, MAIN_HELP, UsageError, version } from "./usage.js";

const COMMANDS: Record<string, { run: (argv: string[]) => Promise<number>; help: string }> = {
  detect: { run: detectCommand, help: DETECT_HELP },
  align: { run: alignCommand, help: ALIGN_HELP },
  embed: { run: embedCommand, help: EMBED_HELP },
  lfw: { run: lfwCommand, help: LFW_HELP },
  wider: { run: widerCommand, help: WIDER_HELP },
  classifier: { run: classifierCommand, help: CLASSIFIER_HELP },
};

/** Runs the CLI on `argv` (without node and the script); resolves to the exit code. */
export async function main(argv: string[] = process.argv.slice(2)): Promise<number> {
  const [first, ...rest] = argv;
  if (first === "--help" || first === "-h" || first === "help") {
    process.stdout.write(MAIN_HELP);
    return 0;
  }
  if (first === "--version" || first === "-v") {
    process.stdout.write(version() + "\n");
    return 0;
  }
  const command = first === undefined ? undefined : COMMANDS[first];
  if (command === undefined) {
    process.stderr.write(
      first === undefined ? MAIN_HELP : `facelab: unknown command "${first}" (commands: detect, align, embed, lfw, wider, classifier; see facelab --help)\n`,
    );
    return 2;
  }
  try {
    return await withQuietConsole(() => command.run(rest));
  } catch (err) {
    return fail(first as string, err);
  }
}

/** One line on stderr for `err`; the exit code it deserves. */
function fail(command: string, err: unknown): number {
  if (err instanceof UsageError) {
    process.stderr.write(`facelab ${command}: ${err.message} (see facelab ${command} --help)\n`);
    return 2;
  }
  const message = err instanceof Error ? err.message.split("\n")[0] : String(err);
  process.stderr.write(`facelab ${command}: ${message}\n`);
  if (process.env.FACELAB_DEBUG && err instanceof Error) process.stderr.write(`${err.stack}\n`);
  return 1;
}

/** True when this file is the script node was started with (not imported by the bin shim). */
function isEntryPoint(): boolean {
  try {
    return process.argv[1] !== undefined && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url));
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main();
