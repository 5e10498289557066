// The real-time loop of the webcam page: on every k-th video frame MTCNN detects the faces and each is
// aligned, embedded (mirror averaged in, as the database was built) and named; on the frames between,
// the box tracker moves the last boxes at their velocity, so the overlay keeps up with the video while
// the expensive work runs less often. Times each stage and reports FPS over the last second.
import * as tf from "@tensorflow/tfjs-core";
import {
  embedWithFlip,
  emptyTracker,
  predictTracks,
  unitVector,
  updateTracks,
  type Box,
  type DlibEmbedder,
  type EmbeddedFace,
  type Mtcnn,
  type TrackerState,
} from "facelab";
import { pixelsFrom } from "facelab/browser";
import type { FaceName, Recogniser } from "./recogniser.js";
import { msg } from "./i18n.js";

export interface LoopStats {
  /** Frames drawn per second, over the last second. */
  fps: number;
  /** Milliseconds of the last detection, and of the last embedding of its faces. */
  detectMs: number;
  embedMs: number;
  /** Mean milliseconds per frame (detection and tracking frames together) over the last second. */
  frameMs: number;
  faces: number;
  frames: number;
  detections: number;
  tensors: number;
}

export interface LoopOptions {
  /** Detect on every k-th frame, track in between. */
  every: number;
  /** MTCNN's smallest face, in video pixels. */
  minFaceSize: number;
  recogniser: Recogniser;
  onStats(stats: LoopStats): void;
}

/** Waits for the next video frame (requestVideoFrameCallback where the browser has it). */
function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if ("requestVideoFrameCallback" in video) video.requestVideoFrameCallback(() => resolve());
    else requestAnimationFrame(() => resolve());
  });
}

/** Draws the tracked boxes and names over the video (canvas in video pixels). */
function draw(canvas: HTMLCanvasElement, boxes: { box: Box; data: FaceName }[]): void {
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.clearRect(0, 0, canvas.width, canvas.height);
  const labels = boxes.map((b) => b.data.text);
  canvas.dataset.labels = JSON.stringify(labels); // what is drawn, for screen readers and tests
  canvas.setAttribute("aria-label", labels.length ? msg.webcam.faces(labels.join(", ")) : msg.webcam.noFace);
  const line = Math.max(2, canvas.width / 240);
  ctx.font = `${Math.round(canvas.width / 32)}px system-ui, sans-serif`;
  for (const {
    box: [x1, y1, x2, y2],
    data,
  } of boxes) {
    const color = data.known ? "#4269d0" : "#8e8e93";
    ctx.lineWidth = line;
    ctx.strokeStyle = color;
    ctx.strokeRect(x1, y1, x2 - x1, y2 - y1);
    const h = canvas.width / 24;
    const w = ctx.measureText(data.text).width + h / 2;
    const y = Math.max(0, y1 - h);
    ctx.fillStyle = color;
    ctx.fillRect(Math.max(0, x1 - line / 2), y, w, h);
    ctx.fillStyle = "white";
    ctx.fillText(data.text, Math.max(0, x1) + h / 4, y + h * 0.78);
  }
}

/** Runs until the returned stop() is called; reports stats about once per frame. */
export function runWebcam(video: HTMLVideoElement, canvas: HTMLCanvasElement, mtcnn: Mtcnn, embedder: DlibEmbedder, o: LoopOptions): () => void {
  let stopped = false;
  let tracks: TrackerState<FaceName> = emptyTracker();
  const stats: LoopStats = { fps: 0, detectMs: 0, embedMs: 0, frameMs: 0, faces: 0, frames: 0, detections: 0, tensors: 0 };
  const recent: { at: number; ms: number }[] = [];
  async function detect(frame: number) {
    const pixels = pixelsFrom(video);
    const t0 = performance.now();
    const faces = await mtcnn.detect(pixels, { minFaceSize: o.minFaceSize });
    const t1 = performance.now();
    const crops = faces.map((f) => embedder.align(pixels, f));
    const embeddings = await embedWithFlip(embedder, crops, true);
    const embedded: EmbeddedFace[] = faces.map((f, i) => ({ ...f, crop: crops[i], embedding: unitVector(embeddings[i]) }));
    const names = o.recogniser.name(embedded);
    stats.detectMs = t1 - t0;
    stats.embedMs = performance.now() - t1;
    stats.detections++;
    tracks = updateTracks(
      tracks,
      faces.map((f) => f.box),
      frame,
      (j) => names[j],
    );
  }
  (async () => {
    for (let frame = 0; !stopped; frame++) {
      await nextFrame(video);
      if (stopped) break;
      const start = performance.now();
      try {
        if (frame % o.every === 0) await detect(frame);
      } catch (err) {
        if (stopped) break; // the models were disposed under a detection in flight: the page is closing
        throw err;
      }
      const shown = predictTracks(tracks, frame).filter((t) => t.misses === 0); // a face missed by the last detection is gone
      draw(canvas, shown);
      const now = performance.now();
      recent.push({ at: now, ms: now - start });
      while (recent.length && recent[0].at < now - 1000) recent.shift();
      Object.assign(stats, {
        fps: recent.length,
        frameMs: recent.reduce((s, r) => s + r.ms, 0) / recent.length,
        faces: shown.length,
        frames: frame + 1,
        tensors: tf.memory().numTensors,
      });
      o.onStats({ ...stats });
    }
  })();
  return () => {
    stopped = true;
  };
}
