// A webcam snapshot for enrolment: a button that opens the camera (getUserMedia) in a small live
// preview with "Take photo" and "Close". The camera is released as soon as the preview closes or the
// page cell is invalidated; no camera, a refused permission or an insecure page each get a message
// (in the page's language: msg.webcam.snapshot).
import { msg } from "./i18n.js";

export interface SnapshotOptions {
  /** Called with each photo taken. */
  onPhoto: (bitmap: ImageBitmap) => void | Promise<void>;
  /** Resolves when the page cell goes away (Framework's `invalidation`). */
  invalidation?: Promise<unknown>;
  label?: string;
}

/** Why the camera could not start, in words a visitor can act on. */
export function cameraError(err: unknown): string {
  const name = (err as { name?: string })?.name;
  const t = msg.webcam.snapshot;
  if (name === "NotAllowedError" || name === "SecurityError") return t.denied;
  if (name === "NotFoundError" || name === "OverconstrainedError") return t.notFound;
  if (name === "NotReadableError") return t.busy;
  return t.other(String((err as Error)?.message ?? err));
}

function button(text: string, onClick: () => void): HTMLButtonElement {
  const b = Object.assign(document.createElement("button"), { type: "button", textContent: text });
  b.addEventListener("click", onClick);
  return b;
}

export function cameraSnapshot({ onPhoto, invalidation, label = msg.webcam.snapshot.label }: SnapshotOptions): HTMLElement {
  const root = Object.assign(document.createElement("span"), { className: "camera-snapshot" });
  const video = Object.assign(document.createElement("video"), { muted: true, playsInline: true });
  const panel = Object.assign(document.createElement("div"), { className: "camera-panel", hidden: true });
  const message = Object.assign(document.createElement("span"), { className: "error" });
  let stream: MediaStream | null = null;
  const stop = () => {
    stream?.getTracks().forEach((t) => t.stop());
    stream = null;
    video.srcObject = null;
    panel.hidden = true;
  };
  const start = async () => {
    message.textContent = "";
    if (!navigator.mediaDevices?.getUserMedia) return void (message.textContent = msg.webcam.snapshot.insecure);
    try {
      stream = await navigator.mediaDevices.getUserMedia({ video: { width: 640, height: 480 }, audio: false });
      video.srcObject = stream;
      await video.play();
      panel.hidden = false;
    } catch (err) {
      stop();
      message.textContent = cameraError(err);
    }
  };
  const take = async () => {
    if (!stream || !video.videoWidth) return;
    await onPhoto(await createImageBitmap(video));
  };
  panel.append(video, button(msg.webcam.snapshot.take, take), button(msg.webcam.snapshot.close, stop));
  root.append(button(label, start), message, panel);
  invalidation?.then(stop);
  return root;
}
