// deepface's LFW table, quoted: serengil/deepface README, section "Face recognition models" (the
// "Measured Score" / "Declared Score" table, as of 2025). Its measured scores come from
// benchmarks/Perform-Experiments.ipynb (deepface 0.0.90): the 1,000 pairs of scikit-learn's
// fetch_lfw_pairs(subset="test") (LFW View 1's test pairs, original unfunnelled images), one split,
// the threshold chosen as the best-accuracy cut on those same pairs, and for each model the best of its
// detector × distance × alignment configurations (benchmarks/README.md lists them all).
import { msg } from "../i18n.js";
import { textTable } from "../textTable.js";

/** [model, deepface's measured score %, the score its authors declare %] — quoted, not measured here. */
export const DEEPFACE_LFW: readonly (readonly [string, number, number])[] = [
  ["Facenet512", 98.4, 99.6],
  ["Human-beings", 97.5, 97.5],
  ["Facenet", 97.4, 99.2],
  ["Dlib", 96.8, 99.3],
  ["VGG-Face", 96.7, 98.9],
  ["ArcFace", 96.7, 99.5],
  ["GhostFaceNet", 93.3, 99.7],
  ["SFace", 93.0, 99.5],
  ["OpenFace", 78.7, 92.9],
  ["DeepFace", 69.0, 97.3],
  ["DeepID", 66.5, 97.4],
];

/** deepface's table as it stands in its README. */
export function deepfaceTable(): HTMLTableElement {
  return textTable(
    "models-table",
    msg.models.deepfaceHead,
    DEEPFACE_LFW.map(([model, measured, declared]) => [model, `${measured.toFixed(1)} %`, `${declared.toFixed(1)} %`]),
  );
}
