// The answers of the page's exercises, read from the precomputed ablations and the live pair
// distances: which single change costs dlib's network the most, what --subtract_mean does to VAL, and
// how many pairs the FaceNet paper's threshold gets right on dlib's embeddings.
import { formatNumber, msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { Answer } from "../tryThis.js";
import type { AblationFigures } from "./ablationFigures.js";
import type { PairDistance } from "./rawPairDistances.js";
import { thresholdAccuracy } from "./thresholdAccuracy.js";

/** Dev-test accuracy lost by dropping the flip, by facenet's margin crop and by prewhitening. */
export function costliestSwitchAnswer({ row, best }: AblationFigures): Answer {
  const t = msg.fromFacenet;
  const base = row("chip")?.devTestBestThreshold ?? Number.NaN;
  const costs: [string, number][] = (
    [
      [t.choiceDropFlip, (best?.devTestBestThreshold ?? Number.NaN) - base],
      [t.choiceMarginCrop, base - (row("margin")?.devTestBestThreshold ?? Number.NaN)],
      [t.choicePrewhiten, base - (row("chip+prewhiten")?.devTestBestThreshold ?? Number.NaN)],
    ] as [string, number][]
  ).filter(([, c]) => Number.isFinite(c));
  const [name] = costs.reduce((a, b) => (b[1] > a[1] ? b : a));
  return { choice: name, explain: t.costliestExplain(costs.map(([n, c]) => `${n} ${(100 * c).toFixed(1)}`).join(msg.fromFacenet.listSeparator)) };
}

/** VAL@FAR=10⁻³ of the chip+flip cosine line without and with mean subtraction. */
export function subtractMeanAnswer({ row }: AblationFigures): Answer {
  const t = msg.fromFacenet;
  const a = row("chip+flip", "cosine")?.view2;
  const b = row("chip+flip", "cosine, mean subtracted")?.view2;
  if (!a || !b) throw new Error(t.notMeasured);
  const gap = b.val - a.val;
  const choice = Math.abs(gap) < 0.01 ? t.choiceWithinPoint : gap > 0 ? t.choiceRaise : t.choiceLower;
  return { choice, explain: t.subtractExplain(pct(a.val, 1), pct(b.val, 1), pct(a.accuracy, 2), pct(b.accuracy, 2)) };
}

/** The FaceNet paper's 1.1 (squared, unit vectors) applied to dlib's embeddings. */
export function foreignThresholdAnswer(distances: readonly PairDistance[]): Answer {
  const t = msg.fromFacenet;
  const acc = thresholdAccuracy(distances, (d) => d.unitSquared, 1.1);
  const below = distances.filter((d) => d.unitSquared < 1.1).length;
  const spread = Math.sqrt(Math.max(...distances.map((d) => d.unitSquared))).toFixed(2);
  const choice = acc > 0.97 ? t.choice99 : acc > 0.7 ? t.choice90 : t.choice50;
  return { choice, explain: t.foreignExplain(formatNumber(below), formatNumber(distances.length), pct(acc, 1), spread) };
}
