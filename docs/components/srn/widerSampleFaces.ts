// The annotated faces of the SRN page's bundled WIDER images, read from the sample of WIDER's
// annotation file that ships with them.
import { parseWiderAnnotations, type Box } from "facelab";

/** Each sample's face boxes by its `name`, looked up by its `file` name in `annotationText`. */
export function widerSampleFaces(samples: readonly { name: string; file: string }[], annotationText: string, source: string): Map<string, Box[] | undefined> {
  const annotated = new Map(parseWiderAnnotations(annotationText, source).map((im) => [im.path.split("/").pop(), im.faces.map((f) => f.box)]));
  return new Map(samples.map((s) => [s.name, annotated.get(s.file)]));
}
