// The page's handle on the t-SNE Web Worker (src/tsne/worker.ts, bundled to _workers/tsne.js): sends
// the data and commands, hands each layout to a listener, and resolves promises when P is built or a
// run reaches its target iteration. Same-origin module worker (no blob: URL), terminated on dispose.
import type { TsneOptions, TsneLiveOptions } from "facelab";
import { msg } from "./i18n.js";

export interface TsneLayout {
  y: Float32Array;
  dims: number;
  iteration: number;
  running: boolean;
  rate: number;
  kl?: number;
}

type Reply = { type: "progress"; done: number; total: number } | ({ type: "layout" } & TsneLayout) | { type: "error"; message: string };

export class TsneRunner {
  latest: TsneLayout | null = null;
  onLayout: (layout: TsneLayout) => void = () => {};
  onProgress: (done: number, total: number) => void = () => {};
  onError: (message: string) => void = (message) => console.error(message);
  private readonly worker: Worker;
  private waiting: { until: (l: TsneLayout) => boolean; resolve: (l: TsneLayout) => void }[] = [];

  constructor(url: string) {
    this.worker = new Worker(url, { type: "module" });
    this.worker.onmessage = ({ data }: MessageEvent<Reply>) => {
      if (data.type === "progress") return this.onProgress(data.done, data.total);
      if (data.type === "error") return this.onError(msg.clusters.workerError(data.message));
      this.latest = data;
      this.onLayout(data);
      const done = this.waiting.filter((w) => w.until(data));
      this.waiting = this.waiting.filter((w) => !w.until(data));
      for (const w of done) w.resolve(data);
    };
    this.worker.onerror = (e) => this.onError(msg.clusters.workerFailed(e.message ?? msg.clusters.loadError));
  }

  /** Builds P for the rows of `x` (n × d) and resolves with the initial layout. */
  init(x: Float32Array, n: number, d: number, options: Partial<TsneOptions>): Promise<TsneLayout> {
    return this.send({ type: "init", x, n, d, options }, (l) => l.iteration === 0 && !l.running);
  }
  play(): void {
    this.worker.postMessage({ type: "play" });
  }
  pause(): void {
    this.worker.postMessage({ type: "pause" });
  }
  set(options: Partial<TsneLiveOptions>): void {
    this.worker.postMessage({ type: "set", options });
  }
  /** Runs `count` more iterations; resolves when they are done. */
  step(count = 1): Promise<TsneLayout> {
    const target = (this.latest?.iteration ?? 0) + count;
    return this.send({ type: "step", count }, (l) => l.iteration >= target && !l.running);
  }
  /** Runs until `iteration`; resolves there. */
  runTo(iteration: number): Promise<TsneLayout> {
    return this.send({ type: "runTo", iteration }, (l) => l.iteration >= iteration && !l.running);
  }
  dispose(): void {
    this.worker.terminate();
  }

  private send(message: object, until: (l: TsneLayout) => boolean): Promise<TsneLayout> {
    return new Promise((resolve) => {
      this.waiting.push({ until, resolve });
      this.worker.postMessage(message);
    });
  }
}
