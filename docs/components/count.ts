// A count as the pages write it: rounded to a whole number, with thousands separators ("22,016").

/** `n` rounded, with English thousands separators: count(22015.6) → "22,016". */
export function count(n: number): string {
  return Math.round(n).toLocaleString("en-US");
}
