// The live map's own settings (perplexity, random start, highlighted person) live in the address: read
// at load, written back when the reader changes them, and kept here so a map re-created for a new
// choice of faces starts from the reader's latest settings, not the ones the page loaded with.
import type { TsneSettings } from "../liveTsne.js";
import { syncUrl, urlNumber, urlString } from "../urlState.js";

/** Options for liveTsne: the initial settings and the callback that remembers them. */
export function tsneUrlSettings(): TsneSettings & { onSettings: (s: TsneSettings) => void } {
  const settings = {
    perplexity: urlNumber("perplexity", 30, { min: 2, max: 100, integer: true }),
    seed: urlNumber("start", 1, { min: 0, max: 9999, integer: true }),
    person: urlString("person", ""),
    onSettings: (s: TsneSettings) => {
      Object.assign(settings, s);
      syncUrl({ perplexity: s.perplexity, start: s.seed, person: s.person || null }, { perplexity: 30, start: 1 });
    },
  };
  return settings;
}
