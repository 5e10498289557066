/**
 * Both WIDER statistics files from the annotation text, serialised exactly as committed under
 * data/wider/ — the one function the CLI and the reproduction test share.
 */
import { anchorMatchStats, type AnchorMatchStats } from "./anchorMatchStats.js";
import { faceShapeStats, type FaceShapeStats } from "./faceShapeStats.js";
import { parseWiderAnnotations } from "./widerAnnotations.js";

export interface WiderStatsFiles {
  "faces.json": string;
  "anchors.json": string;
}

/** Statistics of a WIDER ground-truth file's text, as JSON file contents keyed by file name. */
export function widerStatsFiles(text: string, { source = "WIDER annotations", onProgress = (_d: number, _t: number) => {} } = {}): WiderStatsFiles {
  const images = parseWiderAnnotations(text, source);
  const faces: FaceShapeStats & { source: string } = { source, ...faceShapeStats(images) };
  const anchors: AnchorMatchStats & { source: string } = { source, ...anchorMatchStats(images, { onProgress }) };
  return { "faces.json": JSON.stringify(faces, null, 1) + "\n", "anchors.json": JSON.stringify(anchors, null, 1) + "\n" };
}
