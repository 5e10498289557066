// The compare page's answer: the distance between the two chosen faces and whether it is under the
// LFW threshold — or a prompt while a photo or a face is missing.
import { msg } from "../i18n.js";
/** `<p id="verdict">` for `distance` (null: no pair yet) against `threshold`. */
export function verdict(distance: number | null, threshold: number): HTMLParagraphElement {
  const p = document.createElement("p");
  p.id = "verdict";
  if (distance === null) {
    p.className = "muted";
    p.textContent = msg.compare.choosePhotos;
    return p;
  }
  const same = distance < threshold;
  p.className = `verdict ${same ? "same" : "different"}`;
  const strong = Object.assign(document.createElement("strong"), { textContent: distance.toFixed(3) });
  p.append(msg.compare.distance, strong, msg.compare.verdict(same ? msg.compare.same : msg.compare.different, threshold.toFixed(3)));
  return p;
}
