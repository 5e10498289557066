// Recall by face size on the WIDER FACE images: MTCNN's as bars (labelled), every other detector's at
// its own default threshold as a dot in its colour, so the collapse below 32 px is read against peers.
import * as Plot from "@observablehq/plot";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { WiderBucket } from "./lowestRecall.js";
import { detectorColor } from "./widerPrChart.js";

/** A summary row's name and recall per size bucket (data/wider/detectors.json). */
export interface SizeRow {
  name: string;
  recallBySize: Record<string, number | null>;
}

/** MTCNN's `size` buckets as bars, `rows`' other detectors as dots. */
export function widerSizeChart(mtcnn: readonly WiderBucket[], rows: readonly SizeRow[], { width = 640 } = {}): SVGSVGElement | HTMLElement {
  const name = (n: string) => msg.common.detectorNames[n] ?? n;
  const bucket = (label: string) => msg.srn.widerBuckets[label] ?? label;
  const bars = mtcnn.map((b) => ({ bucket: bucket(b.label), recall: b.recall ?? 0, text: `${pct(b.recall ?? 0, 0)} (${b.recalled}/${b.faces})` }));
  const dots = rows
    .filter((r) => r.name !== "mtcnn")
    .flatMap((r) => Object.entries(r.recallBySize).map(([label, recall]) => ({ bucket: bucket(label), recall, detector: name(r.name) })))
    .filter((d) => d.recall !== null);
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 300,
    marginBottom: 40,
    x: { domain: bars.map((b) => b.bucket), label: msg.srn.faceSizeAxis, padding: 0.25 },
    y: { domain: [0, 100], label: msg.srn.recallAxis, percent: true, grid: true },
    color: detectorColor(rows.map((r) => r.name)),
    marks: [
      // A channel (not a constant), so MTCNN takes its colour from the shared scale.
      Plot.barY(bars, { x: "bucket", y: "recall", fill: () => name("mtcnn"), fillOpacity: 0.85 }),
      Plot.text(bars, { x: "bucket", y: "recall", text: "text", dy: -8, fontSize: 11 }),
      Plot.dot(dots, { x: "bucket", y: "recall", stroke: "white", fill: "detector", r: 5, tip: true }),
      Plot.ruleY([0]),
    ],
  });
}
