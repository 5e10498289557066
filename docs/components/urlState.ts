// A page's main controls live in its URL (?min=40&scale=0.8), like TensorFlow Playground: a view can
// be linked, bookmarked and reloaded. Values are read once, when the page loads, as the controls'
// initial values; `syncUrl` writes them back with history.replaceState (no new history entry per
// slider move). Only values that differ from their defaults are written, so the plain page keeps a
// plain address. Unknown or out-of-range values fall back to the default.
import { msg } from "./i18n.js";

const initial = typeof location === "undefined" ? new URLSearchParams() : new URLSearchParams(location.search);

/** A number from the URL, clamped into [min, max]; `fallback` when absent or not a number. */
export function urlNumber(key: string, fallback: number, range: { min?: number; max?: number; integer?: boolean } = {}): number {
  const raw = initial.get(key);
  if (raw === null || raw.trim() === "") return fallback;
  let value = Number(raw);
  if (!Number.isFinite(value)) return fallback;
  if (range.integer) value = Math.round(value);
  if (range.min !== undefined) value = Math.max(range.min, value);
  if (range.max !== undefined) value = Math.min(range.max, value);
  return value;
}

/** One of `options` from the URL; `fallback` when absent or not one of them. */
export function urlChoice<T extends string>(key: string, fallback: T, options: readonly T[]): T {
  const raw = initial.get(key);
  return raw !== null && (options as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

/** A free string from the URL (e.g. a sample's name), or `fallback`. */
export function urlString(key: string, fallback: string): string {
  return initial.get(key) ?? fallback;
}

type Value = string | number | boolean | null | undefined;

/**
 * Writes `values` into the address bar, keeping other keys (other cells write theirs). A value equal
 * to its entry in `defaults`, or null/undefined, removes the key.
 */
export function syncUrl(values: Record<string, Value>, defaults: Record<string, Value> = {}): void {
  if (typeof history === "undefined") return;
  const params = new URLSearchParams(location.search);
  for (const [key, value] of Object.entries(values)) {
    if (value === null || value === undefined || value === defaults[key]) params.delete(key);
    else params.set(key, typeof value === "number" ? String(+value.toPrecision(6)) : String(value));
  }
  const search = params.toString();
  const url = `${location.pathname}${search ? `?${search}` : ""}${location.hash}`;
  if (url !== `${location.pathname}${location.search}${location.hash}`) history.replaceState(history.state, "", url);
}

/** A "link to this view" button: copies the current address (with the controls' state). */
export function shareLink(): HTMLElement {
  const wrap = document.createElement("span");
  wrap.className = "share-link";
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = msg.common.linkToView; // no emoji: a system without an emoji font shows an empty box
  const status = document.createElement("span");
  status.className = "share-link-status";
  status.setAttribute("aria-live", "polite");
  const field = document.createElement("input");
  field.type = "text";
  field.readOnly = true;
  field.hidden = true;
  field.setAttribute("aria-label", msg.common.linkToView);
  button.addEventListener("click", async () => {
    const href = location.href;
    field.value = href;
    try {
      await navigator.clipboard.writeText(href);
      status.textContent = msg.common.linkCopied;
      field.hidden = true;
    } catch {
      // No clipboard permission (e.g. an insecure origin): show the link to copy by hand.
      field.hidden = false;
      field.select();
      status.textContent = msg.common.copyThisLink;
    }
  });
  wrap.append(button, status, field);
  return wrap;
}
