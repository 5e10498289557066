// NMS one iteration at a time, on real candidates: the best remaining box is kept, every other
// remaining box is compared with it, and those overlapping more than the threshold are suppressed.
// Driven by the library's own `nmsStart` / `nmsStep`, so what you step through is what the detector does.
// The element's `value` is the iteration shown, and an `input` event fires when it changes, so a page
// can keep it in its address and reopen the stepper at the same iteration (`initialStep`).
import { nmsStart, nmsStep, type Box, type NmsState, type NmsStep, type OverlapMode } from "facelab";
import { drawBox, photoCanvas } from "./draw.js";
import { msg } from "./i18n.js";

export interface NmsStepperInput {
  image: ImageBitmap;
  boxes: Box[];
  scores: number[];
  threshold: number;
  mode: OverlapMode;
  width: number;
  /** The iteration to open at (0: before the first step); clamped to the last one. */
  initialStep?: number;
}

const TABLE_ROWS = 14;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...kids: (Node | string)[]) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...kids);
  return e;
}

/** Draws the photo with kept (blue), remaining (grey), current best (green) and just-suppressed (red) boxes. */
function render(input: NmsStepperInput, state: NmsState, step: NmsStep | null): HTMLCanvasElement {
  const pc = photoCanvas(input.image, input.width);
  const suppressed = new Set(step?.compared.filter((c) => c.suppressed).map((c) => c.index));
  for (const i of state.remaining.slice(0, 400)) drawBox(pc, input.boxes[i], { color: "rgba(200,200,200,0.7)", lineWidth: 1 });
  for (const i of suppressed) drawBox(pc, input.boxes[i], { color: "#ff3b30", lineWidth: 1.5, dash: [4, 3] });
  for (const i of state.kept) {
    if (i !== step?.best) drawBox(pc, input.boxes[i], { color: "#4269d0", lineWidth: 2 });
  }
  const t = msg.mtcnn.stepper;
  if (step) drawBox(pc, input.boxes[step.best], { color: "#34c759", lineWidth: 3, label: t.best(input.scores[step.best].toFixed(3)) });
  pc.canvas.setAttribute("role", "img");
  pc.canvas.setAttribute("aria-label", t.canvas(state.kept.length, state.remaining.length, step ? suppressed.size : null));
  return pc.canvas;
}

/**
 * The current step as a score-sorted list: the best box, then every box still in play in descending
 * score order with its overlap with the best and its fate (the first TABLE_ROWS; a line counts the rest).
 */
function table(input: NmsStepperInput, step: NmsStep | null): HTMLTableElement {
  const t = el("table", { className: "nms-table" });
  const measure = input.mode === "min" ? "IoMin" : "IoU";
  const m = msg.mtcnn.stepper;
  t.append(
    el(
      "thead",
      {},
      el("tr", {}, el("th", {}, m.rank), el("th", {}, m.box), el("th", {}, m.score), el("th", {}, m.withBest(measure)), el("th", {}, m.thisStep)),
    ),
  );
  const body = el("tbody");
  if (!step) body.append(el("tr", {}, el("td", { colSpan: 5, className: "muted" }, m.pressStep)));
  if (step) {
    body.append(
      el(
        "tr",
        { className: "best" },
        el("td", {}, "1"),
        el("td", {}, `#${step.best}`),
        el("td", {}, input.scores[step.best].toFixed(4)),
        el("td", {}, "—"),
        el("td", {}, m.keptBest),
      ),
    );
    step.compared.slice(0, TABLE_ROWS - 1).forEach((c, k) => {
      body.append(
        el(
          "tr",
          { className: c.suppressed ? "suppressed" : "" },
          el("td", {}, String(k + 2)),
          el("td", {}, `#${c.index}`),
          el("td", {}, input.scores[c.index].toFixed(4)),
          el("td", {}, c.overlap.toFixed(3)),
          el("td", {}, c.suppressed ? m.suppressedAbove(input.threshold) : m.stays),
        ),
      );
    });
    const rest = step.compared.slice(TABLE_ROWS - 1);
    if (rest.length) {
      const gone = rest.filter((c) => c.suppressed).length;
      body.append(el("tr", {}, el("td", { colSpan: 5, className: "muted" }, m.more(rest.length, gone, rest.length - gone))));
    }
  }
  t.append(body);
  return t;
}

/** "Iteration i · k kept · r still in play · s suppressed by this step · n candidates". */
function countLine(input: NmsStepperInput, state: NmsState, last: NmsStep | null, iteration: number): (Node | string)[] {
  const suppressedNow = last ? last.compared.filter((c) => c.suppressed).length : 0;
  const t = msg.mtcnn.stepper;
  return [
    t.iteration(iteration),
    el("span", { className: "nms-count-kept", textContent: String(state.kept.length) }),
    t.kept,
    el("span", { className: "nms-count-remaining", textContent: String(state.remaining.length) }),
    t.rest(suppressedNow, input.boxes.length, input.mode === "min" ? "IoMin" : "IoU", input.threshold),
  ];
}

/** The stepper element: Step, Play/Pause, Run to end, Reset; counts; picture; comparison table. `value`: the iteration. */
export function nmsStepper(input: NmsStepperInput, invalidation: Promise<unknown>): HTMLElement & { value: number } {
  let state: NmsState = nmsStart(input.scores);
  let last: NmsStep | null = null;
  let iteration = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  const root = el("div", { className: "nms-stepper" }) as HTMLDivElement & { value: number };
  root.value = 0;
  // Counts are announced as they change, so a screen-reader user hears what each step did.
  const counts = el("p", { className: "nms-counts" });
  counts.setAttribute("aria-live", "polite");
  const view = el("div", { className: "nms-view" });
  const t = msg.mtcnn.stepper;
  const play = el("button", { type: "button", textContent: t.play });
  play.dataset.action = "play";
  const stopPlay = () => {
    clearInterval(timer);
    timer = undefined;
    play.textContent = t.play;
  };
  const advance = () => {
    const next = nmsStep(input.boxes, state, input.threshold, input.mode);
    if (!next) return (stopPlay(), false);
    last = next;
    state = next;
    iteration++;
    return true;
  };
  const reset = () => {
    state = nmsStart(input.scores);
    last = null;
    iteration = 0;
  };
  const show = () => {
    counts.replaceChildren(...countLine(input, state, last, iteration));
    view.replaceChildren(render(input, state, last), table(input, last));
    if (root.value !== iteration) {
      root.value = iteration;
      root.dispatchEvent(new Event("input", { bubbles: true }));
    }
  };
  const actions: Record<string, () => void> = {
    step: () => void advance(),
    end: () => {
      stopPlay();
      while (advance());
    },
    reset: () => {
      stopPlay();
      reset();
    },
  };
  const btn = (label: string, action: string, key: string, symbol: string) => {
    const b = el("button", { type: "button", textContent: label, title: t.key(label, symbol) });
    b.setAttribute("aria-keyshortcuts", key);
    b.addEventListener("click", () => {
      actions[action]();
      show();
    });
    b.dataset.action = action;
    return b;
  };
  play.onclick = () => {
    if (timer) return stopPlay();
    play.textContent = t.pause;
    timer = setInterval(() => {
      if (!advance()) stopPlay();
      show();
    }, 700);
  };
  const controls = el(
    "div",
    { className: "nms-controls" },
    btn(t.step, "step", "ArrowRight", "→"),
    play,
    btn(t.runToEnd, "end", "End", "End"),
    btn(t.reset, "reset", "Home", "Home"),
  );
  controls.setAttribute("role", "group");
  controls.setAttribute("aria-label", t.controls);
  // Arrow keys / Home / End while a stepper button has focus, as in a media player.
  const KEYS: Record<string, string> = { ArrowRight: "step", End: "end", Home: "reset" };
  controls.addEventListener("keydown", (e) => {
    const action = KEYS[e.key];
    if (!action) return;
    e.preventDefault();
    actions[action]();
    show();
  });
  for (let i = 0; i < Math.max(0, Math.floor(input.initialStep ?? 0)) && advance(); i++);
  void invalidation.then(stopPlay);
  root.append(controls, counts, view);
  show();
  return root;
}
