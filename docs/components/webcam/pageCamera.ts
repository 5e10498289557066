// The webcam page's camera: started at the chosen resolution with a line in the busy indicator, a
// failure kept as a message to show, and turned off when the page is left — at once on `pagehide`,
// even if the browser keeps the page in its back/forward cache — or the cell is invalidated.
import { startCamera, type Camera, type Resolution } from "../camera.js";
import { msg } from "../i18n.js";

/** The running camera, or `{error}` saying why there is none. */
export async function pageCamera(resolution: Resolution, busy: HTMLElement, invalidation: Promise<unknown>): Promise<Camera | { error: string }> {
  busy.textContent = msg.webcam.startingCamera;
  const camera = await startCamera(resolution).catch((err: Error) => ({ error: err.message }));
  busy.textContent = "";
  const stop = () => ("stop" in camera ? camera.stop() : undefined);
  window.addEventListener("pagehide", stop);
  void invalidation.then(() => {
    window.removeEventListener("pagehide", stop);
    stop();
  });
  return camera;
}
