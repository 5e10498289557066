// What R-Net and O-Net actually see: their 24×24 / 48×48 input crops, de-normalised back to pixels,
// each captioned with the net's face probability and outlined by its fate.
import type { RefineStage } from "facelab";
import { msg } from "./i18n.js";

/**
 * Crops of a refine stage: the best-scoring `limit` that passed the threshold, then the best
 * `rejected` that did not (the interesting near-misses).
 */
export function cropGrid(stage: RefineStage, crops: Float32Array, { limit = 48, rejected = 12, zoom = 1 } = {}): HTMLElement {
  const root = document.createElement("div");
  root.className = "crop-grid";
  const passed = new Set(stage.passed);
  const kept = new Set(stage.kept);
  const byScore = stage.input.map((_, i) => i).sort((a, b) => stage.scores[b] - stage.scores[a]);
  const order = [...byScore.filter((i) => passed.has(i)).slice(0, limit), ...byScore.filter((i) => !passed.has(i)).slice(0, rejected)];
  const { size } = stage;
  for (const i of order) {
    const c = document.createElement("canvas");
    c.width = size;
    c.height = size;
    c.style.width = c.style.height = `${size * zoom}px`;
    const ctx = c.getContext("2d") as CanvasRenderingContext2D;
    const img = ctx.createImageData(size, size);
    const base = i * size * size * 3;
    for (let p = 0; p < size * size; p++) {
      for (let ch = 0; ch < 3; ch++) img.data[4 * p + ch] = crops[base + 3 * p + ch] * 128 + 127.5;
      img.data[4 * p + 3] = 255;
    }
    ctx.putImageData(img, 0, 0);
    const fate = kept.has(i) ? "kept" : passed.has(i) ? "merged" : "rejected";
    const fig = document.createElement("figure");
    fig.className = `crop ${fate}`;
    fig.title = `${msg.mtcnn.fates[fate]}: p(face) = ${stage.scores[i].toFixed(4)}`;
    const cap = document.createElement("figcaption");
    cap.textContent = stage.scores[i].toFixed(2);
    fig.append(c, cap);
    root.append(fig);
  }
  if (stage.input.length > order.length) {
    const more = document.createElement("p");
    more.className = "muted";
    more.textContent = msg.mtcnn.moreNotShown(stage.input.length - order.length);
    root.append(more);
  }
  return root;
}
