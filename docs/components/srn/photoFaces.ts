// The faces the SRN page matches anchors to: a bundled WIDER image's annotations (ground truth), or for
// any other photo — or a WIDER image that had to be reduced — what MTCNN finds (detections, not truth).
import type { Box, Mtcnn } from "facelab";
import { pixelsFrom } from "facelab/browser";
import { isReduced } from "facelab";
import { msg } from "../i18n.js";
import type { Photo } from "../photoPicker.js";

export interface PhotoFaces {
  photo: Photo;
  faces: Box[];
  /** Where the faces come from, for the anchor view's legend. */
  source: string;
}

/** The faces of `photo`; `busy` says when MTCNN is running. */
export async function photoFaces(
  photo: Photo,
  annotated: Map<string, Box[] | undefined>,
  detector: () => Promise<Mtcnn>,
  busy: HTMLElement,
): Promise<PhotoFaces> {
  const faces = annotated.get(photo.name);
  if (faces && !isReduced(photo.original, photo.bitmap)) return { photo, faces, source: msg.srn.facesWider };
  busy.textContent = msg.srn.findingFaces;
  try {
    const found = await (await detector()).detect(pixelsFrom(photo.bitmap));
    return { photo, faces: found.map((f) => f.box), source: msg.srn.facesMtcnn };
  } finally {
    busy.textContent = "";
  }
}
