// A proportion as a percentage, written the same way on every page: "99.38 %" (a space before the
// sign, as SI and ISO 80000 write it).

/** `x` (a proportion, 0–1) as a percentage with `digits` decimals: pct(0.9938, 2) → "99.38 %". */
export function pct(x: number, digits = 1): string {
  return `${(100 * x).toFixed(digits)} %`;
}
