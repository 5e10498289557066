/**
 * `observable preview` / `observable build` with two kinds of noise taken out. First: the first time
 * Framework bundles tfjs from node_modules, esbuild warns ten times that it cannot turn tfjs's
 * `require("fs" | "util" | "node-fetch" | "string_decoder")` into ESM. Those calls sit in tfjs's
 * Node-only code paths (platform_node.js, tfjs-data's file sources), which never run in a page, and
 * the code is not ours to fix. Each such warning block is dropped and counted in one closing line;
 * everything else Framework prints passes through unchanged, and its exit code is this script's.
 * Second: the links to glossary terms Framework lists as broken (see `isGlossaryAnchor`).
 */
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";
import { createInterface } from "node:readline";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const require = createRequire(path.join(ROOT, "package.json"));
const cli = path.join(path.dirname(require.resolve("@observablehq/framework/package.json")), "dist/bin/observable.js");

/** True for the first line of an esbuild warning about a require() call it cannot convert. */
const isRequireWarning = (line: string) => line.startsWith("[plugin esbuild]") && line.includes("unsupported-require-call");

let hidden = 0;
let glossaryAnchors = 0;

/**
 * Framework checks each link's #anchor against the target page's HTML, but the glossary's rows (the
 * anchors every page links a term's first use to) are drawn in the browser, so each such link is listed
 * as broken. They are dropped from the list and counted; test/glossaryLinks.test.ts checks instead that
 * every glossary#id a page links to is a term.
 */
const isGlossaryAnchor = (line: string) => /^↳ \S+ → \S*\/glossary#[\w-]+$/.test(plain(line));

/** A line without its terminal colours (Framework colours its warnings when it thinks it writes to a terminal, and in CI). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: the escape character is what is removed
const plain = (line: string) => line.replace(/\x1b\[[0-9;]*m/g, "");

/** Framework's "N broken links" warning, held to the end to be told without the glossary's anchors. */
let brokenWarning: { total: number; validated: string } | null = null;

/**
 * Copies `stream` to `out`, leaving out each require() warning block (its first line up to two blank
 * lines) and each glossary anchor of the broken-link list (which Framework may write to the other stream).
 */
function filter(stream: NodeJS.ReadableStream, out: NodeJS.WritableStream): Promise<void> {
  let skipping = false;
  let blanks = 0;
  const lines = createInterface({ input: stream });
  lines.on("line", (line) => {
    if (!skipping && isRequireWarning(line)) {
      skipping = true;
      blanks = 0;
      hidden++;
      return;
    }
    if (skipping) {
      blanks = line.trim() === "" ? blanks + 1 : 0;
      if (blanks >= 2) skipping = false;
      return;
    }
    const warning = /^Warning: (\d+) broken links \((\d+) validated\)$/.exec(plain(line));
    if (warning) {
      brokenWarning = { total: Number(warning[1]), validated: warning[2] };
      return;
    }
    if (isGlossaryAnchor(line)) {
      glossaryAnchors++;
      return;
    }
    out.write(line + "\n");
  });
  return new Promise((resolve) => lines.on("close", resolve));
}

const child = spawn(process.execPath, [cli, ...process.argv.slice(2)], { cwd: ROOT, stdio: ["inherit", "pipe", "pipe"] });
const done = Promise.all([filter(child.stdout, process.stdout), filter(child.stderr, process.stderr)]);
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("close", async (code, signal) => {
  await done;
  if (hidden > 0) process.stderr.write(`(${hidden} esbuild warnings about tfjs's Node-only require() calls hidden; see scripts/observable.ts)\n`);
  const held = brokenWarning as { total: number; validated: string } | null; // set in a callback: TypeScript would narrow it to null
  const broken = held ? held.total - glossaryAnchors : 0;
  if (held && broken > 0) process.stderr.write(`Warning: ${broken} broken links (${held.validated} validated), listed above\n`);
  if (glossaryAnchors > 0)
    process.stderr.write(
      `(${glossaryAnchors} links to glossary terms not listed as broken: the glossary draws its rows in the browser; see scripts/observable.ts)\n`,
    );
  process.exit(code ?? (signal ? 1 : 0));
});
