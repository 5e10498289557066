// The two quoted LFW figures the ablation chart sets beside the measured ones: facenet's README for
// the VGGFace2 model 20180402-114759, and the course report's run of validate_on_lfw.py (§4).
import type { FACENET_RELEASES } from "facelab";
import { msg } from "../i18n.js";
import type { QuotedRun } from "./ablationChart.js";

/** facenet's release figure and the course report's, as grey points of the chart. */
export function quotedRuns(releases: typeof FACENET_RELEASES): QuotedRun[] {
  const vggface2 = releases.find((r) => r.name === "20180402-114759");
  if (!vggface2) throw new Error("20180402-114759 missing from FACENET_RELEASES");
  return [
    { label: msg.fromFacenet.quotedRelease(vggface2.name), accuracy: vggface2.lfw.accuracy, std: vggface2.lfw.sd ?? 0 },
    { label: msg.fromFacenet.quotedReport, accuracy: 0.985, std: 0.00658 },
  ];
}
