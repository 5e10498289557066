// The rows of the triplet table for the "anchor person" menu: that person's anchor–positive pairs, or
// every pair when the menu says "all" (in the page's language).
import type { PairNegatives } from "facelab";
import { msg } from "../i18n.js";

/** The pairs whose anchor is `person`, or all of them for the menu's "all". */
export function pairsOfPerson(faces: readonly { person: string }[], pairs: readonly PairNegatives[], person: string): PairNegatives[] {
  return person === msg.facenet.allPeople ? [...pairs] : pairs.filter((p) => faces[p.anchor].person === person);
}
