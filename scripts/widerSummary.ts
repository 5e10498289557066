/**
 * The one-row-per-detector summary of the WIDER FACE records (data/wider/detectors.json), made from
 * the per-detector files (data/wider/<name>-eval.json) by scripts/widerDetectors.ts, and checked
 * against them by test/widerDetectors.test.ts. Pure: records in, rows out.
 */

/** A bucket or overall score as the records hold it. */
export interface WiderScore {
  label?: string;
  faces: number;
  recalled: number;
  recall: number | null;
  precision: number | null;
  ap: number | null;
}

/** One run of a record (the fields the summary reads). */
export interface WiderRun {
  settings: Record<string, unknown>;
  overall: WiderScore;
  breakdowns: Record<string, WiderScore[]>;
}

/** A record as data/wider/<name>-eval.json holds it (the fields the summary reads). */
export interface WiderRecord {
  detector?: string;
  training?: { widerTrain: boolean | null; note: string };
  runs: WiderRun[];
}

/** A summary row: the curve's AP from `runs[0]`, the operating point's recall and size buckets from `operating`. */
export interface SummaryRow {
  name: string;
  widerTrain: boolean | null;
  /** The threshold the PR curve's run kept detections above (MTCNN: its own cascade thresholds). */
  curveMinScore: number | null;
  ap: number | null;
  /** The detector's own default score threshold, where recall and precision are read. */
  operatingScore: number | null;
  recall: number | null;
  precision: number | null;
  recallBySize: Record<string, number | null>;
}

/** The run a record's operating point is read from: the one marked `operating`, else the first. */
export function operatingRun(record: WiderRecord): WiderRun {
  return record.runs.find((r) => r.settings.operating === true) ?? record.runs[0];
}

/** The summary row of detector `name`'s record. */
export function summaryRow(name: string, record: WiderRecord): SummaryRow {
  const curve = record.runs[0];
  const op = operatingRun(record);
  const score = (run: WiderRun) => (typeof run.settings.minScore === "number" ? run.settings.minScore : null);
  return {
    name,
    widerTrain: record.training?.widerTrain ?? null,
    curveMinScore: score(curve),
    ap: curve.overall.ap,
    operatingScore: score(op),
    recall: op.overall.recall,
    precision: op.overall.precision,
    recallBySize: Object.fromEntries((op.breakdowns.size ?? []).map((b) => [b.label ?? "", b.recall])),
  };
}
