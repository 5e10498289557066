/** Runs the `facelab` CLI from source in a child process, as a user would, for the CLI tests. */
import { execFile } from "node:child_process";
import path from "node:path";
import { ROOT } from "../../harness/paths.js";

export const FIXTURES = path.join(ROOT, "test/fixtures/mtcnn");

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** `node --import tsx src/cli/main.ts …args` in the project root; never rejects. */
export function facelab(...args: string[]): Promise<Run> {
  return facelabWithin(60_000, ...args);
}

/** `facelab` with a time limit of `ms` for long runs (hundreds of images, very large photos). */
export function facelabWithin(ms: number, ...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["--import", "tsx", "src/cli/main.ts", ...args],
      { cwd: ROOT, timeout: ms, maxBuffer: 256 * 1024 * 1024 },
      (err, stdout, stderr) => resolve({ code: err ? Number(err.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

/** Non-empty lines of a stream's text. */
export const lines = (text: string) => text.split("\n").filter((l) => l.length > 0);
