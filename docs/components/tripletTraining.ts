// Live triplet training on the FaceNet page: Start/Pause, a step counter, live charts of the loss and
// of the share of active triplets, and verification accuracy on LFW's dev-test pairs (best single
// threshold over the 1,000 pairs) before training and every `evalEvery` steps. A line needs two points,
// so until a chart has them it shows a placeholder saying what to press (never empty axes). Charts are drawn by a
// `linechart` passed in (tfjs-vis's `render.linechart`), so this file does not depend on how the page
// imports tfjs-vis. The loop yields a frame after every step so the page stays responsive.
import * as tf from "@tensorflow/tfjs-core";
import { bestThresholdAccuracy, sampleIdentityBatch, seededRandom, squaredDistance } from "facelab";
import type { TripletTrainer, TripletTrainerOptions } from "facelab/train";
import { msg } from "./i18n.js";
import { normalisedFaces, type LfwTrainingSet } from "./lfwTrainingSet.js";

type Point = { x: number; y: number };
/** tfjs-vis `render.linechart` as this component calls it. */
export type LineChart = (container: HTMLElement, data: { values: Point[][]; series: string[] }, opts: Record<string, unknown>) => Promise<void>;

export interface TripletTrainingOptions {
  linechart: LineChart;
  width: number;
  invalidation: Promise<unknown>;
  /** Identities and images per identity in a batch (45 × 2 = 90 faces). */
  people?: number;
  perPerson?: number;
  /** Steps between two evaluations on the dev-test pairs. */
  evalEvery?: number;
  trainer?: Partial<TripletTrainerOptions>;
}

/** The dev-test accuracy at the best threshold, embedding the test faces in chunks between frames. */
async function evaluate(trainer: TripletTrainer, rgb: Uint8Array, set: LfwTrainingSet): Promise<{ accuracy: number; threshold: number }> {
  const slots = [...new Set(set.pairs.flatMap((p) => [p.a, p.b]))];
  const dim = trainer.options.embeddingSize;
  const emb = new Map<number, Float32Array>();
  for (let i = 0; i < slots.length; i += 256) {
    const chunk = slots.slice(i, i + 256);
    const out = trainer.embed(normalisedFaces(rgb, chunk), chunk.length);
    chunk.forEach((s, k) => emb.set(s, out.subarray(k * dim, (k + 1) * dim)));
    await tf.nextFrame();
  }
  const dist = set.pairs.map((p) => squaredDistance(emb.get(p.a)!, emb.get(p.b)!));
  return bestThresholdAccuracy(
    dist,
    set.pairs.map((p) => p.same),
  );
}

/** The curves so far, for the page's exercises. */
export interface TrainingProgress {
  step: number;
  loss: Point[];
  active: Point[];
  accuracy: Point[];
}

/** A visible stand-in for a chart that has nothing to draw yet. */
const placeholder = (text: string) => `<p class="chart-placeholder">${text}</p>`;

/** The section's element; training runs while the button says Pause, and stops for good on invalidation. */
export function tripletTraining(set: LfwTrainingSet, rgb: Uint8Array, o: TripletTrainingOptions): HTMLElement & { progress: () => TrainingProgress } {
  const { people = 45, perPerson = 2, evalEvery = 25 } = o;
  // The trainer needs tfjs-layers and the gradients, loaded only once this section is built.
  let trainer: TripletTrainer;
  let random: () => number;
  const ready = import("facelab/train").then(({ TripletTrainer }) => {
    trainer = new TripletTrainer(o.trainer);
    random = seededRandom(trainer.options.seed + 1);
  });
  const root = Object.assign(document.createElement("div"), {
    className: "triplet-training",
    progress: (): TrainingProgress => ({ step, loss: [...loss], active: [...active], accuracy: [...accuracy] }),
  });
  const m = msg.facenet.training;
  root.innerHTML = `<div class="controls-bar"><button type="button" data-action="start">${m.start}</button>
    <span>${m.step} <b class="step-count">0</b></span> <span class="step-time"></span>
    <span>${m.accuracy} <b class="devtest-accuracy">…</b></span></div>
    <div class="grid grid-cols-3"><div class="card"><h2>${m.lossTitle}</h2><div class="loss-chart">${placeholder(m.lossPlaceholder)}</div></div>
    <div class="card"><h2>${m.activeTitle}</h2><div class="active-chart">${placeholder(m.activePlaceholder)}</div></div>
    <div class="card"><h2>${m.accuracyTitle}</h2><div class="accuracy-chart">${placeholder(m.measuring)}</div></div></div>`;
  const $ = (sel: string) => root.querySelector(sel) as HTMLElement;
  const button = $("button") as HTMLButtonElement;
  const loss: Point[] = [],
    active: Point[] = [],
    accuracy: Point[] = [];
  const chartWidth = Math.max(220, Math.floor(o.width / 3) - 40);
  // Draws once there is a line to draw; the placeholder goes with the first drawing.
  const chart = async (sel: string, values: Point[], name: string, y: string) => {
    if (values.length < 2) return;
    $(sel).querySelector(".chart-placeholder")?.remove();
    await o.linechart($(sel), { values: [values], series: [name] }, { width: chartWidth, height: 180, xLabel: m.xLabel, yLabel: y, zoomToFit: true });
  };
  let step = 0,
    running = false,
    looping = false,
    stopped = false,
    stepMs = 0,
    pending = 0;
  // The trainer is disposed once the page is gone and no loop or evaluation still uses it.
  const hold = async <T>(work: () => Promise<T>): Promise<T> => {
    pending++;
    try {
      await ready;
      return await work();
    } finally {
      if (--pending === 0 && stopped) trainer.dispose();
    }
  };

  const measure = async () => {
    const r = await evaluate(trainer, rgb, set);
    accuracy.push({ x: step, y: r.accuracy });
    $(".devtest-accuracy").textContent = `${(100 * r.accuracy).toFixed(1)} %`;
    $(".devtest-accuracy").title = m.thresholdTitle(r.threshold.toFixed(3), set.pairs.length);
    if (accuracy.length === 1) $(".accuracy-chart .chart-placeholder").textContent = m.untrained(`${(100 * r.accuracy).toFixed(1)} %`, evalEvery);
    await chart(".accuracy-chart", accuracy, m.accuracySeries, m.accuracyY);
  };
  const loop = () =>
    hold(async () => {
      while (running && !stopped) {
        const batch = sampleIdentityBatch(set.groups, people, perPerson, random);
        const t0 = performance.now();
        const s = trainer.step(normalisedFaces(rgb, batch.items), batch.labels);
        stepMs = stepMs === 0 ? performance.now() - t0 : 0.9 * stepMs + 0.1 * (performance.now() - t0);
        step++;
        loss.push({ x: step, y: s.loss });
        active.push({ x: step, y: s.activeFraction });
        $(".step-count").textContent = String(step);
        $(".step-time").textContent = m.msPerStep(stepMs.toFixed(0));
        if (step % 5 === 0 || step < 6)
          await Promise.all([chart(".loss-chart", loss, m.lossSeries, m.lossY), chart(".active-chart", active, m.activeSeries, m.activeY)]);
        if (step % evalEvery === 0) await measure();
        await tf.nextFrame();
      }
      looping = false;
    });
  button.onclick = () => {
    running = !running;
    button.textContent = running ? m.pause : m.start;
    if (running && !looping) {
      looping = true;
      loop().catch((e: unknown) => {
        // show the failure where it happened, and stop
        running = false;
        button.disabled = true;
        $(".step-time").textContent = m.stopped(e instanceof Error ? e.message : String(e));
        throw e;
      });
    }
  };
  button.disabled = true;
  void hold(measure).then(() => {
    button.disabled = stopped;
  });
  void o.invalidation.then(() => {
    stopped = true;
    running = false;
    if (pending === 0) void ready.then(() => trainer.dispose());
  });
  return root;
}
