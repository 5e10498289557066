// The webcam: getUserMedia at a chosen resolution into a <video>, with the browser's failures turned
// into messages a visitor can act on (no camera, permission denied, camera busy, insecure page), and
// a stop() that ends every track so the camera light goes off when the page is left.

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
  if (name === "NotAllowedError" || name === "SecurityError") {
    return "Camera permission was denied. Allow the camera for this site in the browser's address bar, then reload the page.";
  }
  if (name === "NotFoundError" || name === "OverconstrainedError" || name === "DevicesNotFoundError") {
    return "No camera was found. Connect a webcam (or choose another resolution), then reload the page.";
  }
  if (name === "NotReadableError" || name === "AbortError") {
    return "The camera is busy or failed to start: close other apps or tabs using it, then reload the page.";
  }
  return `The camera could not start: ${(err as Error)?.message ?? String(err)}`;
}

/** Starts the camera at about `resolution`; throws an Error whose message is `cameraProblem(…)`. */
export async function startCamera({ width, height }: Resolution): Promise<Camera> {
  if (!navigator.mediaDevices?.getUserMedia) {
    throw new Error("This browser offers no camera here (a camera needs a secure page: https or localhost).");
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
