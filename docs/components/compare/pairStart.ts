// The pair in the compare page's address (?a=…&b=…&fa=…&fb=…), read once when the page opens, and the
// defaults a link leaves out.
import { urlChoice, urlNumber } from "../urlState.js";
import type { CompareSample } from "./sampleId.js";

export type PairState = { a: string; b: string; fa: number; fb: number };

/** The sample ids, the default pair and the pair the address asks for. */
export function pairStart(samples: readonly CompareSample[]): { ids: string[]; defaults: PairState; start: PairState } {
  const ids = samples.map((s) => s.id);
  const defaults = { a: "hopkins-1", b: "hopkins-2", fa: 0, fb: 0 };
  const start = {
    a: urlChoice("a", defaults.a, ids),
    b: urlChoice("b", defaults.b, ids),
    fa: urlNumber("fa", 0, { min: 0, integer: true }),
    fb: urlNumber("fb", 0, { min: 0, integer: true }),
  };
  return { ids, defaults, start };
}
