/**
 * The embedder race in Chromium: facelab's DlibEmbedder and @vladmandic/face-api's FaceRecognitionNet
 * (its no-bundle ES build, so it runs on this page's own tfjs 4.22 engine and backend) on the aligned
 * chips of the faces facelab's MTCNN finds in the photos.
 */
import * as faceapi from "@vladmandic/face-api/dist/face-api.esm-nobundle.js";
import { DlibEmbedder, dlibChip, type Mtcnn, type Pixels } from "facelab";
import { urlReader } from "facelab/browser";
import { embedTimings, type PeerRecognitionNet } from "../embedRace.js";

/** Embeds the faces of `images` with both libraries, `rounds` interleaved rounds. */
export async function embedRace(mtcnn: Mtcnn, images: Pixels[], rounds: number, log: (msg: string) => void) {
  const crops: Pixels[] = [];
  for (const pixels of images) for (const face of await mtcnn.detect(pixels)) crops.push(dlibChip(pixels, face.landmarks));
  const dir = new URL("models/dlib/", location.href).href;
  const ours = await DlibEmbedder.load(urlReader(dir));
  const theirs = faceapi.nets.faceRecognitionNet;
  await theirs.loadFromUri(dir);
  try {
    const result = await embedTimings(ours, theirs as unknown as PeerRecognitionNet, crops, rounds);
    log(`embed: ${crops.length} faces, ratio single ${result.ratios.single.toFixed(2)}`);
    return result;
  } finally {
    ours.dispose();
    theirs.dispose();
  }
}
