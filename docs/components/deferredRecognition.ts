// The recognition networks (7 MB) loaded only once the page's first figure is on screen: a page
// that can show its first figure without them (precomputed faces, the database's summary) calls
// `start()` after showing it; cells that need the networks await `models`, which starts nothing.
import { loadRecognition, type RecognitionModels, type RecognitionUrls } from "./loadRecognition.js";

export interface DeferredRecognition {
  /** Resolves once `start()` has been called and both networks have loaded. */
  models: Promise<RecognitionModels>;
  /** Whether the networks are loaded (a photo chosen then is computed live at once). */
  readonly loaded: boolean;
  /** Starts loading after the browser has painted what is on screen now (idempotent). */
  start: () => void;
}

/**
 * Resolves after the next paint, once the main thread is idle (at most half a second later): the
 * figure just put in the page is on screen, and the page's other first cells have run, before any
 * weight is requested. Browsers without requestIdleCallback wait for the next task.
 */
const paintedAndIdle = (): Promise<void> =>
  new Promise((resolve) =>
    requestAnimationFrame(() => (typeof requestIdleCallback === "function" ? requestIdleCallback(() => resolve(), { timeout: 500 }) : setTimeout(resolve, 0))),
  );

/** The networks of `loadRecognition`, loaded when `start()` is first called; `busy` and `invalidation` as there. */
export function deferredRecognition(urls: RecognitionUrls, busy: HTMLElement, invalidation: Promise<unknown>): DeferredRecognition {
  let go: () => void = () => {};
  const started = new Promise<void>((resolve) => {
    go = resolve;
  });
  const state = {
    loaded: false,
    models: started.then(paintedAndIdle).then(() => loadRecognition(urls, busy, invalidation)),
    start: () => go(),
  };
  void state.models.then(
    () => {
      state.loaded = true;
    },
    () => {},
  );
  return state;
}
