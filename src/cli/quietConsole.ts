/**
 * Keeps a command's stdout for data (`--json`): while `run` is in flight, `console.log/info/debug`
 * (a dependency's stray message) go to stderr; the caller's console is put back afterwards, even
 * on a throw, so code that calls `main()` in-process (tests, the bin shim) keeps its own.
 */

const QUIETED = ["log", "info", "debug"] as const;

/** Runs `run` with `console.log/info/debug` sent to stderr, restoring them when it settles. */
export async function withQuietConsole<T>(run: () => Promise<T>): Promise<T> {
  const saved = QUIETED.map((name) => console[name]);
  const toStderr = (...args: unknown[]) => console.error(...args);
  for (const name of QUIETED) console[name] = toStderr;
  try {
    return await run();
  } finally {
    QUIETED.forEach((name, i) => (console[name] = saved[i]));
  }
}
