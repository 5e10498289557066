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

/** The run's label: the detector, and its minimum face when the file has several runs. */
function runLabel(detector: string, settings: Record<string, unknown>, several: boolean): string {
  if (!several) return detector;
  const minFace = settings.minFace ?? settings.minSize;
  return minFace === undefined ? `${detector} (${JSON.stringify(settings)})` : `${detector} (min face ${minFace})`;
}

/** One row per run of every evaluation, in the order given, best AP first within a detector. */
export function widerRows(evals: readonly { detector: string; eval: WiderEval }[]): WiderRow[] {
  return evals.flatMap(({ detector, eval: e }) =>
    e.runs
      .map((r) => ({
        detector,
        label: runLabel(detector, r.settings, e.runs.length > 1),
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
