// Every face against every other (facenet's compare.py) as a heat map: a diverging scale pivoting on
// the LFW threshold, the distance written in each cell.
import { msg } from "../i18n.js";
import * as Plot from "@observablehq/plot";
import { distance } from "facelab";
import type { NamedFace } from "./largestFaces.js";

/** The matrix of `faces`' distances; `threshold` is the scale's pivot. */
export function distanceMatrix(faces: readonly NamedFace[], { width = 640, threshold }: { width?: number; threshold: number }) {
  const cells = faces.flatMap((p) => faces.map((q) => ({ a: p.name, b: q.name, d: distance(p.unit, q.unit) })));
  const side = Math.max(420, Math.min(width, 720));
  const names = faces.map((f) => f.name);
  return Plot.plot({
    width: side,
    height: side * 0.85,
    marginLeft: 120,
    marginBottom: 110,
    x: { domain: names, tickRotate: -45, label: null },
    y: { domain: names, label: null },
    color: {
      type: "diverging",
      pivot: threshold,
      domain: [0, 2 * threshold],
      scheme: "RdYlGn",
      reverse: true,
      legend: true,
      label: msg.compare.matrixLegend,
    },
    marks: [
      Plot.cell(cells, {
        x: "a",
        y: "b",
        fill: "d",
        inset: 0.5,
        className: "matrix-cell",
        title: (c: (typeof cells)[number]) => `${c.a} – ${c.b}: ${c.d.toFixed(3)}`,
      }),
      Plot.text(cells, {
        x: "a",
        y: "b",
        text: (c: (typeof cells)[number]) => c.d.toFixed(2),
        fill: (c: (typeof cells)[number]) => (c.d < threshold ? "black" : "#666"),
        fontSize: 9,
      }),
    ],
  });
}
