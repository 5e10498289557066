// Small multiples for the t-SNE lessons (after Wattenberg, Viégas & Johnson, "How to use t-SNE
// effectively", Distill 2016): one worker runs a series of t-SNE settings on the same faces, one after
// another, and each result lands in its own small map as soon as it is done. Starts when scrolled to.
// The element's `value` is the list of finished layouts (null until each is done), announced with an
// `input` event per run, so the page can measure the maps.
import type { LazyImage } from "./lazyImage.js";
import { faceMap } from "./faceMap.js";
import type { LfwSubset } from "./lfwSubset.js";
import { TsneRunner, type TsneLayout } from "./tsneRunner.js";
import { whenVisible } from "./whenVisible.js";
import { msg } from "./i18n.js";
import type { TsneOptions } from "facelab";

export interface LessonRun {
  caption: string;
  options: Partial<TsneOptions>;
  /** Iteration to show; runs sharing `options` with the previous run continue it instead of restarting. */
  iteration: number;
}

export interface LessonOptions {
  workerUrl: string;
  sprite: LazyImage;
  width: number;
  invalidation: Promise<unknown>;
}

/** A row of small maps, filled in as the worker finishes each run. */
export function lessonMultiples(
  subset: LfwSubset,
  runs: LessonRun[],
  { workerUrl, sprite, width, invalidation }: LessonOptions,
): HTMLElement & { value: (TsneLayout | null)[] } {
  const root = Object.assign(document.createElement("div"), { value: runs.map((): TsneLayout | null => null) });
  root.className = "small-multiples";
  const columns = width < 600 ? 2 : Math.min(runs.length, 5);
  const size = Math.floor((width - 12 * (columns - 1)) / columns) - 2;
  const figures = runs.map((run) => {
    const figure = document.createElement("figure");
    figure.style.width = `${size + 2}px`; // captions wrap under their map instead of widening it
    const caption = document.createElement("figcaption");
    caption.textContent = `${run.caption} · ${msg.clusters.startsWhenScrolled}`;
    const label = msg.clusters.lessonLabel(run.caption, subset.n, subset.names.length);
    const map = faceMap({ ...subset, sprite }, { width: size, height: size, mode: "dots", faceSize: 6, facesFromZoom: 3, label });
    figure.append(map, caption);
    root.append(figure);
    return { map, caption };
  });
  const runner = new TsneRunner(workerUrl);
  invalidation.then(() => runner.dispose());
  (async () => {
    await whenVisible(root);
    for (const [k, run] of runs.entries()) figures[k].caption.textContent = `${run.caption} · ${msg.clusters.queued}`;
    let previous = "";
    for (const [k, run] of runs.entries()) {
      const key = JSON.stringify(run.options);
      figures[k].caption.textContent = `${run.caption} · ${msg.clusters.running}`;
      if (key !== previous) await runner.init(subset.x, subset.n, subset.d, run.options);
      previous = key;
      const layout = await runner.runTo(run.iteration);
      figures[k].map.update(layout.y);
      figures[k].caption.textContent = `${run.caption} · KL ${layout.kl?.toFixed(2)}`;
      root.value = root.value.map((v, i) => (i === k ? layout : v));
      root.dispatchEvent(new Event("input", { bubbles: true }));
    }
    root.dataset.done = "true";
  })().catch((err) => {
    root.textContent = msg.clusters.lessonFailed(String(err));
  });
  return root;
}
