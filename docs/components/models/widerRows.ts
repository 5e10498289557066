// WIDER FACE evaluation files (`facelab wider eval`, one per detector) flattened into one row per run,
// for the detectors' table and PR chart. Every file has the same schema; a detector may have several
// runs (MTCNN: minimum face 20 and 12 px), each labelled by its settings.

export interface PrPoint {
  precision: number;
  recall: number;
}

/** The parts of a `data/wider/<detector>-eval.json` file the page reads. */
export interface WiderEval {
  what: string;
  data: string;
  runs: {
    settings: Record<string, unknown>;
    made: string;
    counts: { images: number; faces: number; detections: number };
    overall: { recall: number; precision: number; ap: number };
    pr: PrPoint[];
  }[];
}

export interface WiderRow {
  /** The detector's name as the file names it ("mtcnn", "ssd-mobilenet-v1"…). */
  detector: string;
  /** A run at the detector's own default score threshold, as an application runs it: its curve is only the top of the low-threshold run's. */
  operating: boolean;
  /** The detector plus its run's distinguishing setting, e.g. "mtcnn (min face 20)". */
  label: string;
  ap: number;
  recall: number;
  precision: number;
  images: number;
  faces: number;
  detections: number;
  made: string;
  pr: PrPoint[];
}

/** How a run is named in the page's language (the detector's display name, and what sets its run apart). */
export interface RunLabels {
  name: (detector: string) => string;
  minFace: (px: unknown) => string;
  allAbove: (score: unknown) => string;
  atDefault: (score: unknown) => string;
}

const ENGLISH: RunLabels = {
  name: (detector) => detector,
  minFace: (px) => `min face ${px}`,
  allAbove: (score) => `every score ≥ ${score}`,
  atDefault: (score) => `default threshold ${score}`,
};

/**
 * The run's label: the detector, and when its file has several runs what sets this one apart — the
 * minimum face (MTCNN's runs), or the score threshold: every detection above a low one (the curve) or
 * the detector's own default (its operating point).
 */
function runLabel(detector: string, settings: Record<string, unknown>, several: boolean, labels: RunLabels): string {
  const name = labels.name(detector);
  if (!several) return name;
  if (settings.operating === true) return `${name} (${labels.atDefault(settings.scoreThreshold ?? settings.minScore)})`;
  if (settings.operating === false) return `${name} (${labels.allAbove(settings.minScore)})`;
  const minFace = settings.minFace ?? settings.minSize;
  return minFace === undefined ? `${name} (${JSON.stringify(settings)})` : `${name} (${labels.minFace(minFace)})`;
}

/** One row per run of every evaluation, in the order given, best AP first within a detector. */
export function widerRows(evals: readonly { detector: string; eval: WiderEval }[], labels: RunLabels = ENGLISH): WiderRow[] {
  return evals.flatMap(({ detector, eval: e }) =>
    e.runs
      .map((r) => ({
        detector,
        operating: r.settings.operating === true,
        label: runLabel(detector, r.settings, e.runs.length > 1, labels),
        ap: r.overall.ap,
        recall: r.overall.recall,
        precision: r.overall.precision,
        images: r.counts.images,
        faces: r.counts.faces,
        detections: r.counts.detections,
        made: r.made,
        pr: r.pr,
      }))
      .sort((a, b) => b.ap - a.ap),
  );
}
