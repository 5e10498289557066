/**
 * Progress for long runs, on stderr. On a terminal: one bar redrawn in place with the rate and ETA.
 * Otherwise (logs, CI, pipes): a plain line at every tenth of the work and at least every 10 s,
 * so logs stay short but show the run is alive. Notes (one line per problem file) interleave cleanly.
 */
export interface Progress {
  /** One more item done; `label` names the item just finished. */
  tick(label: string): void;
  /** Prints one line (above the bar on a terminal). */
  note(line: string): void;
  /** Removes the bar from the terminal. */
  finish(): void;
}

/** Seconds as `m:ss`, or `h:mm:ss` from an hour on. */
function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const two = (v: number) => String(v).padStart(2, "0");
  const h = Math.floor(s / 3600);
  const m = Math.floor(s / 60) % 60;
  return h > 0 ? `${h}:${two(m)}:${two(s % 60)}` : `${m}:${two(s % 60)}`;
}

/** "37/120 30% 4.2/s ETA 0:19". */
function status(done: number, total: number, elapsedMs: number): string {
  const rate = elapsedMs > 0 ? (done * 1000) / elapsedMs : 0;
  const eta = rate > 0 ? clock((total - done) / rate) : "?";
  const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
  return `${done}/${total} ${pct}% ${rate.toFixed(1)}/s ETA ${eta}`;
}

/** A bar redrawn in place with `\r`; notes clear it, print, and redraw it. */
function terminalProgress(total: number, stream: NodeJS.WriteStream): Progress {
  const start = performance.now();
  let done = 0;
  let shown = "";
  const draw = (label: string) => {
    const filled = total > 0 ? Math.round((24 * done) / total) : 24;
    const text = `[${"#".repeat(filled)}${"-".repeat(24 - filled)}] ${status(done, total, performance.now() - start)} ${label}`;
    shown = text.slice(0, Math.max(20, (stream.columns || 80) - 1));
    stream.write(`\r\x1b[2K${shown}`);
  };
  const clear = () => {
    if (shown) stream.write("\r\x1b[2K");
  };
  return {
    tick(label) {
      done++;
      draw(label);
    },
    note(line) {
      clear();
      stream.write(line + "\n");
      if (shown) stream.write(shown);
    },
    finish() {
      clear();
      shown = "";
    },
  };
}

/** Plain lines at each tenth of the work, and at least every 10 s. */
function plainProgress(total: number, stream: NodeJS.WritableStream): Progress {
  const start = performance.now();
  let done = 0;
  let last = start;
  return {
    tick() {
      done++;
      const now = performance.now();
      const tenth = Math.floor((10 * done) / total) > Math.floor((10 * (done - 1)) / total);
      if (tenth || now - last > 10_000) {
        stream.write(`progress ${status(done, total, now - start)}\n`);
        last = now;
      }
    },
    note: (line) => void stream.write(line + "\n"),
    finish: () => undefined,
  };
}

/** A progress reporter for `total` items on `stream` (a bar on a terminal, plain lines otherwise). */
export function progress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  return stream.isTTY ? terminalProgress(total, stream) : plainProgress(total, stream);
}
