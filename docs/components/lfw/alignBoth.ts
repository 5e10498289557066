// One LFW photo cut both ways, with the library's own alignment code: MTCNN finds the faces and
// facenet's rule keeps the main one (pickMainFace); then facenet's crop (align_dataset_mtcnn.py: the
// box grown by a 32 px margin, resized to 160×160, never rotated) and dlib's 5-point chip (a
// similarity warp of the landmarks onto dlib's mean face, 150×150 — what facelab embeds).
import { DEFAULT_MARGIN_CROP, dlibChip, marginBox, marginCrop, pickMainFace, type Box, type Face, type Mtcnn, type Pixels } from "facelab";
import { pixelsFrom } from "facelab/browser";

export interface Alignments {
  /** The photo as decoded (250×250 for LFW). */
  photo: Pixels;
  /** The face facenet's rule keeps. */
  face: Face;
  /** The integer rectangle facenet crops, margin included. */
  marginRect: Box;
  /** facenet's crop, 160×160. */
  margin: Pixels;
  /** dlib's chip, 150×150. */
  chip: Pixels;
}

/** Both crops of the main face in `image`, or null when MTCNN finds no face. */
export async function alignBoth(mtcnn: Mtcnn, image: HTMLImageElement): Promise<Alignments | null> {
  const photo = pixelsFrom(image);
  const faces = await mtcnn.detect(photo);
  const main = pickMainFace(faces, photo.width, photo.height);
  if (main < 0) return null;
  const face = faces[main];
  return {
    photo,
    face,
    marginRect: marginBox(face.box, photo.width, photo.height, DEFAULT_MARGIN_CROP.margin),
    margin: marginCrop(photo, face.box, DEFAULT_MARGIN_CROP),
    chip: dlibChip(photo, face.landmarks),
  };
}
