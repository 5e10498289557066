/**
 * The least-squares similarity transform (rotation, uniform scale, translation — no reflection, no
 * shear) taking one point set onto another: Umeyama, "Least-squares estimation of transformation
 * parameters between two point patterns" (TPAMI 1991), as `skimage.transform.SimilarityTransform`
 * (used by insightface's `face_align.py`) computes it.
 *
 * Why the closed form below is Umeyama's answer: in 2-D every "scale × rotation" matrix is
 * `[[a, -b], [b, a]]` and every such matrix is a scale × rotation, so minimising over (a, b) is the
 * same problem as Umeyama's minimisation over s ≥ 0, R ∈ SO(2). It is linear in (a, b): centre both
 * sets, then a = Σ(p·q) / Σ|p|², b = Σ(p×q) / Σ|p|². det = a² + b² ≥ 0, so a reflection can never
 * be returned (Umeyama's sign correction is built in).
 */
import type { Point } from "../core/types.js";

/** `x' = a·x − b·y + tx`, `y' = b·x + a·y + ty`: scale √(a²+b²), angle atan2(b, a). */
export interface SimilarityTransform {
  a: number;
  b: number;
  tx: number;
  ty: number;
}

function centroid(points: readonly Point[]): Point {
  let x = 0;
  let y = 0;
  for (const [px, py] of points) {
    x += px;
    y += py;
  }
  return [x / points.length, y / points.length];
}

/** The similarity transform minimising Σ |T(src[i]) − dst[i]|². Needs ≥ 2 distinct source points. */
export function estimateSimilarity(src: readonly Point[], dst: readonly Point[]): SimilarityTransform {
  if (src.length !== dst.length || src.length < 2) {
    throw new RangeError(`estimateSimilarity needs two equally long lists of ≥ 2 points, got ${src.length} and ${dst.length}`);
  }
  const [sx, sy] = centroid(src);
  const [dx, dy] = centroid(dst);
  let dot = 0;
  let cross = 0;
  let norm = 0;
  for (let i = 0; i < src.length; i++) {
    const px = src[i][0] - sx,
      py = src[i][1] - sy;
    const qx = dst[i][0] - dx,
      qy = dst[i][1] - dy;
    dot += px * qx + py * qy;
    cross += px * qy - py * qx;
    norm += px * px + py * py;
  }
  if (!(norm > 0)) throw new RangeError("estimateSimilarity: the source points all coincide (or are not finite)");
  const a = dot / norm;
  const b = cross / norm;
  return { a, b, tx: dx - (a * sx - b * sy), ty: dy - (b * sx + a * sy) };
}

/** `t` applied to `p`. */
export function applySimilarity(t: SimilarityTransform, [x, y]: Point): Point {
  return [t.a * x - t.b * y + t.tx, t.b * x + t.a * y + t.ty];
}

/** The inverse transform (throws for a zero scale). */
export function invertSimilarity(t: SimilarityTransform): SimilarityTransform {
  const d = t.a * t.a + t.b * t.b;
  if (!(d > 0)) throw new RangeError("invertSimilarity: the transform has zero scale");
  const a = t.a / d;
  const b = -t.b / d;
  return { a, b, tx: -(a * t.tx - b * t.ty), ty: -(b * t.tx + a * t.ty) };
}
