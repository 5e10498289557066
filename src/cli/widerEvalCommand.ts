/** `facelab wider eval`: scores a detection JSON against WIDER FACE annotations (src/wider). */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { parseWiderAnnotations } from "../srn/widerAnnotations.js";
import { DEFAULT_WIDER_EVAL, widerEvaluate } from "../wider/widerEvaluate.js";
import { parseCommand } from "./parseCommand.js";
import { UsageError } from "./usage.js";
import { widerDetections } from "./widerDetections.js";
import { widerEvalText } from "./widerEvalText.js";
import { WIDER_EVAL_HELP } from "./widerUsage.js";

const FLAGS = {
  detections: { type: "string" },
  annotations: { type: "string" },
  "images-root": { type: "string" },
  iou: { type: "string" },
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
} as const;

const read = (file: string, what: string) =>
  readFile(file, "utf8").catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot read the ${what} (${err.code ?? err.message})`);
  });

export async function widerEvalCommand(argv: string[]): Promise<number> {
  const { values: v, positionals } = parseCommand(argv, FLAGS);
  if (v.help) return (process.stdout.write(WIDER_EVAL_HELP), 0);
  if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  if (!v.detections || !v.annotations) throw new UsageError("--detections FILE and --annotations FILE are required");
  const iou = v.iou === undefined ? DEFAULT_WIDER_EVAL.iou : Number(v.iou);
  if (!(iou > 0 && iou <= 1)) throw new UsageError(`--iou must be a number in (0, 1], got "${v.iou}"`);
  const annotations = parseWiderAnnotations(await read(v.annotations, "annotations"), v.annotations);
  const detections = widerDetections(await read(v.detections, "detections"), new Set(annotations.map((a) => a.path)), {
    source: v.detections,
    annotations: path.basename(v.annotations),
    imagesRoot: v["images-root"],
  });
  const result = widerEvaluate(detections, annotations, { iou });
  process.stdout.write(v.json ? `${JSON.stringify({ iou, ...result })}\n` : widerEvalText(result, iou));
  return 0;
}
