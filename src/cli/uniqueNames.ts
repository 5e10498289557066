/**
 * Output names that cannot collide, for commands that write one file per input (`align`,
 * `detect --draw`). Each input offers candidate names from plain to specific (`a`, then `a.jpg`, …)
 * and takes the plainest one that no *other* input offers at any level; so a name is kept as is
 * whenever it is unique, and the choice depends only on the set of inputs, not on their order.
 * Names are compared ignoring case, because macOS and Windows file systems do.
 */

/**
 * The chosen name of each input (keys as given). `offers(input)` lists its candidates, plainest
 * first; if every candidate is shared, the last is used (distinct inputs should differ there).
 */
export function uniqueNames(inputs: readonly string[], offers: (input: string) => string[]): Map<string, string> {
  const distinct = [...new Set(inputs)];
  const candidates = new Map(distinct.map((input) => [input, offers(input)]));
  const offeredBy = new Map<string, Set<string>>(); // lower-cased name → the inputs offering it
  for (const [input, names] of candidates) {
    for (const name of names) {
      const key = name.toLowerCase();
      offeredBy.set(key, (offeredBy.get(key) ?? new Set()).add(input));
    }
  }
  const chosen = new Map<string, string>();
  for (const [input, names] of candidates) {
    const own = names.find((name) => offeredBy.get(name.toLowerCase())?.size === 1);
    chosen.set(input, own ?? names[names.length - 1]);
  }
  return chosen;
}
