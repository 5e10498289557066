/**
 * The distance matrix `facelab embed` prints after its summaries when it found two faces or more —
 * the table facenet's `compare.py` prints, here the Euclidean distance of dlib's descriptors (on
 * whose scale dlib's 0.6 applies; compare.py's numbers are on its own network's scale).
 */
import { distance } from "../math/vector.js";

/** `faces` (a label and an embedding each) as an index legend and a matrix, 4 decimals. */
export function distanceMatrixText(faces: readonly { label: string; embedding: ArrayLike<number> }[]): string {
  const legend = faces.map((f, i) => `${i}: ${f.label}`);
  const header = `    ${faces.map((_, j) => String(j).padStart(8)).join("")}`;
  const rows = faces.map((a, i) => `${String(i).padStart(4)}${faces.map((b) => distance(a.embedding, b.embedding).toFixed(4).padStart(8)).join("")}`);
  return ["", "Faces:", ...legend, "", "Distance matrix (Euclidean; dlib: under 0.6 is likely the same person):", header, ...rows].join("\n") + "\n";
}
