/**
 * `facelab wider stats`: reads WIDER FACE's training annotations and writes the statistics the SRN page
 * plots (data/wider/faces.json and anchors.json), with progress on stderr.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { widerStatsFiles } from "../srn/widerStats.js";
import { parseCommand } from "./parseCommand.js";
import { progress, type Progress } from "./progress.js";
import { UsageError } from "./usage.js";
import { writeAtomic } from "../node/writeAtomic.js";

export const WIDER_HELP = `Usage: facelab wider stats [options]

Face-size and aspect-ratio histograms, and positive / ignored / negative anchor counts per image and
per pyramid level for SRN's anchors at a 1024×1024 input (step one IoU 0.7/0.3, step two 0.5/0.4),
over a WIDER FACE ground-truth file. Writes faces.json and anchors.json to the output folder.

Options:
  --annotations FILE    wider_face_train_bbx_gt.txt (default ../shared/wider/wider_face_train_bbx_gt.txt)
  --out DIR             output folder (default data/wider)
  -h, --help            show this help
`;

export async function widerCommand(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === undefined) return (process.stderr.write(WIDER_HELP), 2);
  if (sub === "--help" || sub === "-h") return (process.stdout.write(WIDER_HELP), 0);
  if (sub !== "stats") throw new UsageError(`unknown subcommand "${sub}" (stats)`);
  const { values } = parseCommand(rest, { annotations: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return (process.stdout.write(WIDER_HELP), 0);
  const file = values.annotations ?? "../shared/wider/wider_face_train_bbx_gt.txt";
  const out = values.out ?? "data/wider";
  const text = await readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot read the annotations (${err.code ?? err.message})`);
  });
  let bar: Progress | undefined;
  const files = widerStatsFiles(text, {
    source: path.basename(file),
    onProgress: (_done, total) => (bar ??= progress(total)).tick("images matched"),
  });
  bar?.finish();
  for (const [name, json] of Object.entries(files)) await writeAtomic(path.join(out, name), new TextEncoder().encode(json));
  process.stdout.write(
    `wrote ${Object.keys(files)
      .map((n) => path.join(out, n))
      .join(", ")}\n`,
  );
  return 0;
}
