// The live t-SNE: play / pause / step buttons, perplexity, learning rate, exaggeration and seed
// controls, an iteration counter, a face map redrawn at every layout the worker sends, and a person
// picker. The element's `value` is the latest layout, re-announced (an `input` event) at most once a
// second and whenever the run pauses, so cells that measure the map do not run at frame rate.
import type { LazyImage } from "./lazyImage.js";
import { faceMap, type FaceMapElement } from "./faceMap.js";
import type { LfwSubset } from "./lfwSubset.js";
import { TsneRunner, type TsneLayout } from "./tsneRunner.js";
import { msg } from "./i18n.js";

export interface LiveTsneOptions {
  workerUrl: string;
  sprite: LazyImage;
  width: number;
  invalidation: Promise<unknown>;
  /** Start playing once P is built. */
  autoplay?: boolean;
  /** Initial perplexity (default 30) and random start (seed, default 1), e.g. from the page's URL. */
  perplexity?: number;
  seed?: number;
  /** Initially highlighted person, by name. */
  person?: string;
  /** Called with the reader's settings whenever they change (the page writes them into its URL). */
  onSettings?: (settings: TsneSettings) => void;
}

export interface TsneSettings {
  perplexity: number;
  seed: number;
  /** The highlighted person's name, or "" for none. */
  person: string;
}

/** A control: a labelled number input. */
function numberInput(label: string, value: number, attrs: { min: number; max: number; step: number }): [HTMLLabelElement, HTMLInputElement] {
  const input = Object.assign(document.createElement("input"), {
    type: "number",
    value: String(value),
    ...Object.fromEntries(Object.entries(attrs).map(([k, v]) => [k, String(v)])),
  });
  const el = document.createElement("label");
  el.append(label, input);
  return [el, input];
}

function button(text: string, action: string): HTMLButtonElement {
  const b = Object.assign(document.createElement("button"), { textContent: text, type: "button" });
  b.dataset.action = action;
  return b;
}

export function liveTsne(
  subset: LfwSubset,
  {
    workerUrl,
    sprite,
    width,
    invalidation,
    autoplay = true,
    perplexity: initialPerplexity = 30,
    seed: initialSeed = 1,
    person: initialPerson = "",
    onSettings,
  }: LiveTsneOptions,
): HTMLElement & { value: TsneLayout | null } {
  const root = document.createElement("div") as unknown as HTMLDivElement & { value: TsneLayout | null };
  root.className = "tsne-live";
  root.value = null;
  const runner = new TsneRunner(workerUrl);
  invalidation.then(() => runner.dispose());
  const t = msg.clusters;
  const play = button(t.play, "play"),
    step = button(t.step, "step"),
    restart = button(t.restart, "restart");
  const [perplexityLabel, perplexity] = numberInput(t.perplexity, initialPerplexity, { min: 2, max: 100, step: 1 });
  const [rateLabel, rate] = numberInput(t.learningRate, 200, { min: 10, max: 2000, step: 10 });
  const [exagLabel, exaggeration] = numberInput(t.exaggeration, 12, { min: 1, max: 50, step: 1 });
  // The seed of the random starting layout; "random start" says what it does.
  const [seedLabel, seed] = numberInput(t.randomStart, initialSeed, { min: 0, max: 9999, step: 1 });
  const person = document.createElement("select");
  person.append(new Option(t.highlightPrompt, ""), ...subset.names.map((name, i) => new Option(name, String(i))).sort((a, b) => a.text.localeCompare(b.text)));
  person.setAttribute("aria-label", t.highlightPerson);
  const start = subset.names.indexOf(initialPerson);
  if (start >= 0) person.value = String(start);
  const modeSelect = document.createElement("select");
  modeSelect.append(new Option(t.modeFaces, "faces"), new Option(t.modeDots, "dots"));
  modeSelect.setAttribute("aria-label", t.drawAs);
  const controls = document.createElement("div");
  controls.className = "tsne-controls";
  controls.append(play, step, restart, perplexityLabel, rateLabel, exagLabel, seedLabel, person, modeSelect);
  const status = document.createElement("div");
  status.className = "tsne-status";
  status.textContent = t.starting;
  const progress = document.createElement("progress");
  // The faces wait for the first iteration: until then the map is the random start, drawn as dots.
  let iterating: () => void = () => {};
  const facesAfter = new Promise<void>((resolve) => (iterating = resolve));
  const map: FaceMapElement = faceMap(
    { ...subset, sprite },
    {
      width,
      height: Math.min(width, 620),
      faceSize: Math.round(Math.max(10, Math.min(20, width / 45))),
      label: t.liveMapLabel(subset.n, subset.names.length),
      facesAfter,
    },
  );
  if (start >= 0) map.highlight(start);
  root.append(controls, status, progress, map);

  let lastAnnounce = 0;
  const announce = (layout: TsneLayout) => {
    root.value = layout;
    lastAnnounce = performance.now();
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  runner.onProgress = (done, total) => {
    progress.value = done / total;
    status.textContent = t.computingP(perplexity.value, done, total);
  };
  runner.onError = (message) => {
    status.textContent = message;
    status.classList.add("error");
  };
  runner.onLayout = (layout) => {
    if (layout.iteration >= 1) iterating();
    map.update(layout.y);
    play.textContent = layout.running ? t.pause : t.play;
    status.innerHTML =
      `${t.iteration} <b class="tsne-iteration">${layout.iteration}</b> · ${t.facesOfPeople(subset.n, subset.names.length)}` +
      (layout.running ? ` · ${t.perSecond(layout.rate.toFixed(0))}` : "") +
      (layout.kl !== undefined ? ` · KL(P‖Q) ${layout.kl.toFixed(3)}` : "");
    if (!layout.running || performance.now() - lastAnnounce > 1000) announce(layout);
  };
  const options = () => ({ perplexity: +perplexity.value, learningRate: +rate.value, earlyExaggeration: +exaggeration.value, seed: +seed.value });
  const settings = () => ({ perplexity: +perplexity.value, seed: +seed.value, person: person.value === "" ? "" : subset.names[+person.value] });
  async function begin(go: boolean) {
    progress.hidden = false;
    await runner.init(subset.x, subset.n, subset.d, options());
    progress.hidden = true;
    if (go) runner.play();
  }
  play.onclick = () => (runner.latest?.running ? runner.pause() : runner.play());
  step.onclick = () => runner.step(10);
  restart.onclick = () => begin(true);
  perplexity.onchange = seed.onchange = () => {
    onSettings?.(settings());
    begin(true);
  };
  rate.onchange = exaggeration.onchange = () => runner.set({ learningRate: +rate.value, earlyExaggeration: +exaggeration.value });
  person.onchange = () => {
    map.highlight(person.value === "" ? null : +person.value);
    onSettings?.(settings());
  };
  modeSelect.onchange = () => map.setMode(modeSelect.value as "faces" | "dots");
  begin(autoplay);
  return root;
}
