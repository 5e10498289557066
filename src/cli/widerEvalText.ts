/** The readable report of `facelab wider eval`: the overall figures, then one table per breakdown. */
import type { WiderEvaluation, WiderScore } from "../wider/widerEvaluate.js";

const TITLES: Record<string, string> = {
  size: "face size √(w·h)",
  occlusion: "occlusion",
  pose: "pose",
  blur: "blur",
  illumination: "illumination",
  expression: "expression",
};

const int = (n: number) => n.toLocaleString("en-US");
const pct = (x: number | null) => (x === null ? "–" : `${(100 * x).toFixed(1)}%`);
const fixed = (x: number | null) => (x === null ? "–" : x.toFixed(3));

/** One table row: label, faces, found, recall, AP. */
function row(label: string, s: WiderScore): string {
  return `  ${label.padEnd(24)}${int(s.faces).padStart(7)}${int(s.recalled).padStart(7)}${pct(s.recall).padStart(8)}${fixed(s.ap).padStart(8)}`;
}

export function widerEvalText(r: WiderEvaluation, iou: number): string {
  const [lo, hi] = r.scoreRange;
  const head = [
    `WIDER FACE: ${int(r.images)} images, ${int(r.faces)} faces (${int(r.ignored)} marked invalid, ignored), ${int(r.detections)} detections`,
    `toolbox protocol: IoU ≥ ${iou}, ${r.detections > 0 ? `scores ${lo.toFixed(4)}–${hi.toFixed(4)} normalised to 0–1` : "no detections"}, 1000 thresholds, VOC AP`,
    `AP ${fixed(r.overall.ap)}`,
    `with every detection kept: recall ${pct(r.overall.recall)} (${int(r.overall.recalled)} of ${int(r.overall.faces)} faces), precision ${pct(r.overall.precision)}`,
  ];
  if (r.dropped > 0) head.push(`${int(r.dropped)} detections matched an ignored face (not counted)`);
  if (r.unscored > 0) head.push(`${int(r.unscored)} detections on images without annotated faces (skipped, as the toolbox does)`);
  const tables = Object.entries(r.breakdowns).map(([name, buckets]) =>
    [
      `${(TITLES[name] ?? name).padEnd(26)}${"faces".padStart(7)}${"found".padStart(7)}${"recall".padStart(8)}${"AP".padStart(8)}`,
      ...buckets.map((b) => row(b.label, b)),
    ].join("\n"),
  );
  return `${head.join("\n")}\n\n${tables.join("\n\n")}\n`;
}
