// Online hard sample mining (MTCNN §2.3) on real losses: every P-Net window of the current photo is
// a training sample, labelled as the paper labels them (IoU ≥ 0.65 with a face: positive; < 0.3:
// negative; between: a "part" face, not used for classification). A mini-batch is drawn, its
// cross-entropy losses computed from P-Net's actual probabilities, and only the hardest share
// back-propagates.
// The batch is drawn with facelab's own seeded sampler, and Plot is imported by the chart when it is
// drawn (after the first detection), so the MTCNN page downloads neither d3 nor Plot before its first figure.
import { generateCandidates, iou, sampleWithoutReplacement, seededRandom, type MtcnnTrace } from "facelab";
import { describedChart } from "./accessible.js";
import { msg } from "./i18n.js";

export interface Sample {
  label: "positive" | "negative";
  p: number;
  loss: number;
}

/**
 * A seeded mini-batch of up to `size` windows, a quarter positives where the photo has faces, so the few
 * face windows are not drowned out by the thousands of background ones.
 */
export function miningBatch(trace: MtcnnTrace, size = 128, seed = 1): Sample[] {
  const faces = trace.faces.map((f) => f.box);
  const pos: Sample[] = [];
  const neg: Sample[] = [];
  for (const m of trace.pnet.scales) {
    // Threshold 0: every cell of the map, with exactly the window the detector assigns it.
    for (const { box, score } of generateCandidates(m.prob, m.reg, m.rows, m.cols, m.level.scale, 0)) {
      const best = Math.max(0, ...faces.map((f) => iou(f, box)));
      const p = Math.min(Math.max(score, 1e-7), 1 - 1e-7);
      if (best >= 0.65) pos.push({ label: "positive", p, loss: -Math.log(p) });
      else if (best < 0.3) neg.push({ label: "negative", p, loss: -Math.log(1 - p) });
    }
  }
  const random = seededRandom(seed);
  const pick = (xs: Sample[], n: number) => sampleWithoutReplacement(xs, n, random);
  const nPos = Math.min(pos.length, Math.round(size / 4));
  return [...pick(pos, nPos), ...pick(neg, size - nPos)];
}

/** A log-axis tick: powers of ten only, 0.1 and up as they are, smaller ones as 1e-3 (not SI's "100µ"). */
function powerOfTen(d: number): string {
  const e = Math.round(Math.log10(d));
  if (Math.abs(d - 10 ** e) > 1e-9 * d) return "";
  return e >= -1 ? String(d) : `1e${e}`;
}

/** How many of `batch` the top `keep` share keeps (at least one of a non-empty batch). */
export function keptCount(batch: readonly Sample[], keep: number): number {
  return batch.length ? Math.max(1, Math.round(keep * batch.length)) : 0;
}

/**
 * The batch's losses, sorted, with the top `keep` share marked as back-propagated. Losses span several
 * orders of magnitude (a confident right answer costs ~0.001, a confident wrong one several units), so
 * the axis is logarithmic and every bar rises from a positive floor below the smallest loss — a bar
 * from 0 cannot be drawn on a log scale.
 */
export async function miningChart(batch: Sample[], keep: number, width: number): Promise<HTMLElement | SVGElement> {
  const Plot = await import("@observablehq/plot");
  const sorted = [...batch].sort((a, b) => b.loss - a.loss);
  const cut = keptCount(sorted, keep);
  const t = msg.mtcnn;
  const data = sorted.map((d, rank) => ({ ...d, rank, fate: rank < cut ? t.keptHard : t.ignoredEasy }));
  const floor = 10 ** Math.floor(Math.log10(Math.max(1e-7, sorted.at(-1)?.loss ?? 1e-7)) - 1e-9); // a power of ten strictly under the smallest loss
  const chart = Plot.plot({
    width,
    height: 240,
    marginLeft: 50,
    marginTop: 28,
    x: { label: t.miningX, ticks: [], domain: [0, sorted.length] },
    y: { label: t.miningY, type: "log", grid: true, tickFormat: powerOfTen, domain: [floor, Math.max(1, sorted[0]?.loss ?? 1)] },
    color: { legend: true, domain: [t.keptHard, t.ignoredEasy], range: ["#d4442e", "#8e9196"] },
    marks: [
      Plot.rectY(data, {
        x1: "rank",
        x2: (d: { rank: number }) => d.rank + 1,
        y1: floor,
        y2: "loss",
        fill: "fate",
        insetLeft: 0.5,
        insetRight: 0.5,
        title: (d: Sample) => t.sampleTitle(t[d.label], d.p.toFixed(4), d.loss.toFixed(3)),
      }),
      Plot.ruleY([floor]),
      // Where the kept share ends: the cut between the last kept and the first ignored sample.
      ...(cut < sorted.length ? [Plot.ruleX([cut], { stroke: "currentColor", strokeDasharray: "4 3" })] : []),
      Plot.text([t.keptHardest(cut, sorted.length, Math.round((100 * cut) / Math.max(1, sorted.length)))], {
        frameAnchor: "top-right",
        dy: -18,
        fill: "currentColor",
      }),
    ],
  });
  const top = sorted[0]?.loss ?? 0;
  describedChart(chart, t.miningDescription(sorted.length, top.toFixed(2), (sorted.at(-1)?.loss ?? 0).toFixed(3), cut));
  return chart;
}
