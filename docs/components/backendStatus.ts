// Which build of the tfjs backend runs, next to the backend choice: for wasm, whether its SIMD binary
// and how many threads. Threads need a cross-origin isolated page (the host's headers), so a reader on
// a host without them learns why this page runs on one thread.
import { backendFacts, threadStatus, type BackendFacts } from "facelab/browser";
import { msg } from "./i18n.js";

/** The status line's text for what runs (pure: the tests build the same texts from the tables). */
export function backendStatusText(f: BackendFacts): string {
  const t = msg.common;
  const status = threadStatus(f);
  if (status === "other") return f.backend;
  const parts = [f.backend, ...(f.simd ? [t.simd] : []), t.threads(f.threads)].join(" · ");
  return status === "no-isolation" ? `${parts} — ${t.noIsolation}` : parts;
}

/**
 * A `<span class="backend-status">` for `backend`, the backend the page has just started (the cell
 * passing it re-runs when it changes).
 */
export async function backendStatus(backend: string): Promise<HTMLElement> {
  const facts = { ...(await backendFacts()), backend };
  const el = document.createElement("span");
  el.className = "backend-status muted";
  el.dataset.threads = String(facts.threads);
  el.dataset.isolated = String(facts.isolated);
  el.textContent = backendStatusText(facts);
  return el;
}
