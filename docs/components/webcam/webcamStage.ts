// The webcam's stage: the video with a canvas overlay for boxes and names and a readout line under it,
// or, without a camera, an alert saying why.
import type { Camera } from "../camera.js";
import { msg } from "../i18n.js";

export interface WebcamStage {
  element: HTMLElement;
  overlay: HTMLCanvasElement;
  stats: HTMLParagraphElement;
}

/** The `<div class="webcam">` for `camera`, its overlay sized to the video. */
export function webcamStage(camera: Camera | { error: string }): WebcamStage {
  const stats = Object.assign(document.createElement("p"), { className: "webcam-stats", id: "webcam-stats", textContent: msg.webcam.waitingFirstFrame });
  stats.setAttribute("aria-live", "off");
  const overlay = Object.assign(document.createElement("canvas"), { className: "webcam-overlay" });
  overlay.setAttribute("role", "img");
  overlay.setAttribute("aria-label", msg.webcam.overlayLabel);
  const element = Object.assign(document.createElement("div"), { className: "webcam" });
  if ("error" in camera) {
    const problem = Object.assign(document.createElement("div"), { className: "webcam-problem", id: "webcam-problem" });
    problem.setAttribute("role", "alert");
    problem.append(Object.assign(document.createElement("strong"), { textContent: msg.webcam.noVideo }), ` ${camera.error}`);
    element.append(problem);
  } else {
    overlay.width = camera.width;
    overlay.height = camera.height;
    const stage = Object.assign(document.createElement("div"), { className: "webcam-stage" });
    stage.append(camera.video, overlay);
    element.append(stage, stats);
  }
  return { element, overlay, stats };
}
