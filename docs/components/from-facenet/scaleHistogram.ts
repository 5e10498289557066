// The View 2 pairs on one of two scales, with the thresholds that belong to it: dlib's scale (its
// descriptors as they come, dlib's 0.6) or facenet's (squared distance of unit vectors, facelab's fold
// threshold and the FaceNet paper's 1.1).
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import { distanceHistogram } from "./distanceHistogram.js";
import type { PairDistance } from "./rawPairDistances.js";
import { thresholdAccuracy } from "./thresholdAccuracy.js";

export type Scale = "dlib" | "facenet";

/** The histogram of `distances` on `scale`; `foldThreshold` is facelab's, squared, unit vectors. */
export function scaleHistogram(distances: readonly PairDistance[], scale: Scale, foldThreshold: number, { width = 640 } = {}) {
  const t = msg.fromFacenet;
  const raw = scale === "dlib";
  const acc = (value: (d: PairDistance) => number, threshold: number) => pct(thresholdAccuracy(distances, value, threshold), 1);
  const unit = (d: PairDistance) => d.unitSquared;
  return distanceHistogram(
    distances.map((d) => ({ value: raw ? d.raw : d.unitSquared, same: d.same })),
    {
      width,
      lines: raw
        ? [{ x: 0.6, label: t.dlibLine }]
        : [
            { x: foldThreshold, label: t.foldLine(foldThreshold.toFixed(2)) },
            { x: 1.1, label: t.paperLine },
          ],
      xLabel: raw ? t.rawAxis : t.unitAxis,
      domain: raw ? [0, 1.4] : [0, 1.6],
      description: raw ? t.rawDescription(acc((d) => d.raw, 0.6)) : t.unitDescription(foldThreshold.toFixed(2), acc(unit, foldThreshold), acc(unit, 1.1)),
    },
  );
}
