/**
 * The groups WIDER FACE faces are broken down by: size, and the annotation attributes of the
 * dataset's readme.txt (blur, expression, illumination, occlusion, pose). Size is √(w·h) of the
 * annotated box, as in the SRN page's face-size histogram; the edges 16, 32, 64 px are the brief's
 * octaves (SRN, Chi et al. 2019, motivates its small anchors with faces under 16 and 32 px).
 */
import type { WiderFace } from "../srn/widerAnnotations.js";

/** A named group of faces. */
export interface WiderBucket {
  label: string;
  has: (face: WiderFace) => boolean;
}

/** √(width × height) of the annotated box, in pixels (0 for a zero-size box). */
export function faceSize({ box: [x1, y1, x2, y2] }: WiderFace): number {
  return Math.sqrt(Math.max(0, x2 - x1) * Math.max(0, y2 - y1));
}

/** Size edges in pixels: < 16, 16–32, 32–64, ≥ 64. */
export const WIDER_SIZE_EDGES = [16, 32, 64] as const;

/** Buckets `[lo, hi)` of `faceSize` between consecutive edges, open at both ends. */
export function sizeBuckets(edges: readonly number[] = WIDER_SIZE_EDGES): WiderBucket[] {
  const bounds = [0, ...edges, Number.POSITIVE_INFINITY];
  return bounds.slice(0, -1).map((lo, i) => {
    const hi = bounds[i + 1];
    const label = i === 0 ? `< ${hi} px` : hi === Number.POSITIVE_INFINITY ? `≥ ${lo} px` : `${lo}–${hi} px`;
    return { label, has: (f: WiderFace) => faceSize(f) >= lo && faceSize(f) < hi };
  });
}

type Attribute = "blur" | "expression" | "illumination" | "occlusion" | "pose";

/** Label values of each attribute, from the dataset's readme.txt. */
export const WIDER_ATTRIBUTES: Record<Attribute, readonly string[]> = {
  occlusion: ["no occlusion", "partial occlusion", "heavy occlusion"],
  pose: ["typical pose", "atypical pose"],
  blur: ["clear", "normal blur", "heavy blur"],
  illumination: ["normal illumination", "extreme illumination"],
  expression: ["typical expression", "exaggerated expression"],
};

/** One bucket per label value of `attribute`. */
export function attributeBuckets(attribute: Attribute): WiderBucket[] {
  return WIDER_ATTRIBUTES[attribute].map((label, value) => ({ label, has: (f: WiderFace) => f[attribute] === value }));
}

/** Every breakdown the evaluation reports, by name. */
export function widerBreakdowns(): Record<"size" | Attribute, WiderBucket[]> {
  const attributes = Object.keys(WIDER_ATTRIBUTES) as Attribute[];
  return { size: sizeBuckets(), ...Object.fromEntries(attributes.map((a) => [a, attributeBuckets(a)])) } as Record<"size" | Attribute, WiderBucket[]>;
}
