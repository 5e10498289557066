// MTCNN's recall per annotation attribute on the WIDER FACE images (occlusion, pose, blur): one bar per
// bucket, coloured by attribute, labelled with its share and face count.
import * as Plot from "@observablehq/plot";
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { WiderBucket } from "./lowestRecall.js";

/** The buckets of `breakdowns[key]` for each of `keys`, as horizontal bars in that order. */
export function widerAttributeChart(
  breakdowns: Record<string, readonly WiderBucket[]>,
  keys: readonly string[],
  { width = 640 } = {},
): SVGSVGElement | HTMLElement {
  const rows = keys.flatMap((key) =>
    (breakdowns[key] ?? []).map((b) => ({
      attribute: msg.srn.widerAttributes[key] ?? key,
      bucket: msg.srn.widerBuckets[b.label] ?? b.label,
      recall: b.recall ?? 0,
      text: `${pct(b.recall ?? 0, 0)} (${b.recalled}/${b.faces})`,
    })),
  );
  return Plot.plot({
    width: Math.max(360, Math.min(width, 720)),
    height: 50 + rows.length * 28,
    marginLeft: 130,
    marginRight: 100,
    x: { domain: [0, 100], label: msg.srn.recallAxis, percent: true, grid: true },
    // Bucket labels are unique across attributes ("no occlusion", "typical pose", "no blur").
    y: { label: null, domain: rows.map((r) => r.bucket) },
    color: { domain: keys.map((k) => msg.srn.widerAttributes[k] ?? k), range: ["#4269d0", "#efb118", "#ff725c"], legend: true },
    marks: [
      Plot.barX(rows, { y: "bucket", x: "recall", fill: "attribute" }),
      Plot.text(rows, { y: "bucket", x: "recall", text: "text", textAnchor: "start", dx: 4, fontSize: 11 }),
      Plot.ruleX([0]),
    ],
  });
}
