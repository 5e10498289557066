// Online hard sample mining (MTCNN §2.3) on real losses: every P-Net window of the current photo is
// a training sample, labelled as the paper labels them (IoU ≥ 0.65 with a face: positive; < 0.3:
// negative; between: a "part" face, not used for classification). A mini-batch is drawn, its
// cross-entropy losses computed from P-Net's actual probabilities, and only the hardest share
// back-propagates.
import * as d3 from "d3";
import * as Plot from "@observablehq/plot";
import { generateCandidates, iou, type MtcnnTrace } from "facelab";

export interface Sample {
  label: "positive" | "negative";
  p: number;
  loss: number;
}

/** A seeded mini-batch of up to `size` windows, a quarter positives where the photo has faces (the paper's 1:3 ratio). */
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
  const random = d3.randomLcg(seed);
  const pick = (xs: Sample[], n: number) => d3.shuffler(random)(xs.slice()).slice(0, n);
  const nPos = Math.min(pos.length, Math.round(size / 4));
  return [...pick(pos, nPos), ...pick(neg, size - nPos)];
}

/** The batch's losses, sorted, with the top `keep` share marked as back-propagated. */
export function miningChart(batch: Sample[], keep: number, width: number): HTMLElement | SVGElement {
  const sorted = [...batch].sort((a, b) => b.loss - a.loss);
  const cut = Math.round(keep * sorted.length);
  const data = sorted.map((d, rank) => ({ ...d, rank, fate: rank < cut ? "kept (hard)" : "ignored (easy)" }));
  return Plot.plot({
    width,
    height: 220,
    marginLeft: 50,
    x: { label: "samples, hardest first", ticks: [] },
    y: { label: "cross-entropy loss (log scale)", type: "log", grid: true },
    color: { legend: true, domain: ["kept (hard)", "ignored (easy)"], range: ["#ff725c", "#bbb"] },
    marks: [
      Plot.barY(data, { x: "rank", y: "loss", fill: "fate", title: (d: Sample) => `${d.label}, p(face) = ${d.p.toFixed(4)}, loss ${d.loss.toFixed(3)}` }),
      Plot.ruleY([0]),
    ],
  });
}
