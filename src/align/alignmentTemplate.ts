/**
 * Where the five landmarks should land in an aligned face crop. The template is the 112×112 one of
 * ArcFace (Deng et al., CVPR 2019), as shipped in insightface `python-package/insightface/utils/
 * face_align.py` (`arcface_dst`) and used by most open face-recognition pipelines since. Other output
 * sizes scale it uniformly (size / 112), so the face fills the same fraction of the crop.
 */
import type { Landmarks5 } from "../core/types.js";

/** insightface `arcface_dst`, 112×112: image-left eye, image-right eye, nose, mouth corners. */
export const ARCFACE_TEMPLATE_112: Readonly<Landmarks5> = Object.freeze([
  [38.2946, 51.6963],
  [73.5318, 51.5014],
  [56.0252, 71.7366],
  [41.5493, 92.3655],
  [70.7299, 92.2041],
]) as Readonly<Landmarks5>;

/** The ArcFace template scaled to a `size`×`size` crop. */
export function alignmentTemplate(size: number): Landmarks5 {
  const k = size / 112;
  return ARCFACE_TEMPLATE_112.map(([x, y]) => [x * k, y * k]) as Landmarks5;
}
