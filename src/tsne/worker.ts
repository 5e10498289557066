/**
 * The t-SNE Web Worker: owns one TsneState and steps it in batches of about one frame's time, yielding
 * between batches so play / pause / settings messages get through, and posts the layout after each
 * batch — the page's main thread only draws. Bundled to lib/workers/tsne.js by `npm run build:lib`.
 */
import type { TsneReply, TsneRequest } from "./protocol.js";
import { TsneState } from "./tsneState.js";

/** How long one batch of steps may take before the worker reports and yields (ms). */
const BATCH_MS = 30;

interface WorkerScope {
  postMessage(message: TsneReply, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<TsneRequest>) => void) | null;
}
const scope = self as unknown as WorkerScope;

let state: TsneState | null = null;
let target = 0; // run while state.iteration < target
let timer: ReturnType<typeof setTimeout> | null = null;

scope.onmessage = ({ data }) => {
  try {
    handle(data);
  } catch (err) {
    scope.postMessage({ type: "error", message: err instanceof Error ? err.message : String(err) });
  }
};

function handle(m: TsneRequest): void {
  if (m.type === "init") {
    target = 0;
    state = null;
    const every = Math.max(1, Math.floor(m.n / 50));
    state = TsneState.fromData(m.x, m.n, m.d, m.options, (i, n) => {
      if ((i + 1) % every === 0 || i + 1 === n) scope.postMessage({ type: "progress", done: i + 1, total: n });
    });
    report(0);
    return;
  }
  if (!state) throw new Error(`t-SNE worker: "${m.type}" before "init"`);
  if (m.type === "play") target = Infinity;
  else if (m.type === "pause") target = state.iteration;
  else if (m.type === "step") target = state.iteration + m.count;
  else if (m.type === "runTo") target = m.iteration;
  else if (m.type === "set") state.setOptions(m.options);
  schedule();
}

function schedule(): void {
  if (timer === null) timer = setTimeout(batch, 0);
}

/** Steps until the target or the batch budget, then reports; reschedules while there is work. */
function batch(): void {
  timer = null;
  if (!state) return;
  const t0 = performance.now();
  let steps = 0;
  while (state.iteration < target && performance.now() - t0 < BATCH_MS) {
    state.step();
    steps++;
  }
  report(steps ? (1000 * steps) / (performance.now() - t0) : 0);
  if (state.iteration < target) schedule();
}

function report(rate: number): void {
  if (!state) return;
  const running = state.iteration < target;
  const y = Float32Array.from(state.y);
  scope.postMessage({ type: "layout", y, dims: state.dims, iteration: state.iteration, running, rate, kl: running ? undefined : state.kl() }, [y.buffer]);
}
