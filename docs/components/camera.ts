// The webcam: getUserMedia at a chosen resolution into a <video>, with the browser's failures turned
// into messages a visitor can act on (no camera, permission denied, camera busy, insecure page), and
// a stop() that ends every track so the camera light goes off when the page is left. The messages are
// in the page's language (msg.webcam.camera).
import { msg } from "./i18n.js";

export interface Resolution {
  width: number;
  height: number;
}

export interface Camera {
  video: HTMLVideoElement;
  /** The size the camera actually delivers (it may differ from the one asked for). */
  width: number;
  height: number;
  stop(): void;
}

/** Why the camera could not start, in words, for a DOMException name from getUserMedia. */
export function cameraProblem(err: unknown): string {
  const name = (err as { name?: string })?.name ?? "";
  const t = msg.webcam.camera;
  if (name === "NotAllowedError" || name === "SecurityError") return t.denied;
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") return t.notFound;
  if (name === "NotReadableError" || name === "AbortError") return t.busy;
  return t.other((err as Error)?.message ?? String(err));
}

/** Starts the camera at about `resolution`; throws an Error whose message is `cameraProblem(…)`. */
export async function startCamera({ width, height }: Resolution): Promise<Camera> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error(msg.webcam.camera.insecure);
  }
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ video: { width: { ideal: width }, height: { ideal: height }, facingMode: "user" }, audio: false });
  } catch (err) {
    throw new Error(cameraProblem(err));
  }
  const stop = () => stream.getTracks().forEach((t) => t.stop());
  const video = Object.assign(document.createElement("video"), { srcObject: stream, muted: true, playsInline: true });
  try {
    await video.play();
    if (!video.videoWidth) await new Promise((resolve) => video.addEventListener("loadedmetadata", resolve, { once: true }));
  } catch (err) {
    stop();
    throw new Error(cameraProblem(err));
  }
  return { video, width: video.videoWidth, height: video.videoHeight, stop };
}
