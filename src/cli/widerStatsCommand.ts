/**
 * `facelab wider stats`: reads WIDER FACE's training annotations and writes the statistics the SRN page
 * plots (data/wider/faces.json and anchors.json), with progress on stderr.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { widerStatsFiles } from "../srn/widerStats.js";
import { writeAtomic } from "../node/writeAtomic.js";
import { parseCommand } from "./parseCommand.js";
import { progress, type Progress } from "./progress.js";
import { WIDER_STATS_HELP } from "./widerUsage.js";

export async function widerStatsCommand(argv: string[]): Promise<number> {
  const { values } = parseCommand(argv, { annotations: { type: "string" }, out: { type: "string" }, help: { type: "boolean", short: "h" } });
  if (values.help) return (process.stdout.write(WIDER_STATS_HELP), 0);
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
