// The ablation rows the page's prose quotes, by variant and metric, and how it writes them: View 2's
// accuracy ± std, the dev-test accuracy, or "not measured" when the file has no such row.
import { msg } from "../i18n.js";
import { pct } from "../pct.js";
import type { AblationRow } from "./variantLabel.js";

export interface AblationFigures {
  /** The row of `variant` at `metric` (euclidean by default). */
  row: (variant: string, metric?: string) => AblationRow | undefined;
  /** View 2's "mean ± std" of a row. */
  view2: (r: AblationRow | undefined) => string;
  /** The dev-test accuracy of a row. */
  dev: (r: AblationRow | undefined) => string;
  /** The best line: 5-point chip, flip, euclidean. */
  best: AblationRow | undefined;
}

/** Lookups and formatters over `rows` (data/lfw/ablations.json). */
export function ablationFigures(rows: readonly AblationRow[]): AblationFigures {
  const row = (variant: string, metric = "euclidean") => rows.find((r) => r.variant === variant && r.metric === metric);
  const view2 = (r: AblationRow | undefined) => (r?.view2 ? `${pct(r.view2.accuracy, 2)} ± ${pct(r.view2.std, 2)}` : msg.fromFacenet.notMeasured);
  const dev = (r: AblationRow | undefined) => (r?.devTestBestThreshold != null ? pct(r.devTestBestThreshold, 1) : msg.fromFacenet.notMeasured);
  return { row, view2, dev, best: row("chip+flip") };
}
