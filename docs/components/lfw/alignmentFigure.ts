// The alignment figure of the LFW page: the photo with MTCNN's box, facenet's margin rectangle and
// the five landmarks, then the two crops at their real pixel sizes. Waits until scrolled near (MTCNN
// loads only then) and says so meanwhile, so the figure is never blank.
import type { Mtcnn } from "facelab";
import { msg } from "../i18n.js";
import { pixelsCanvas } from "../pixelsCanvas.js";
import { whenVisible } from "../whenVisible.js";
import { alignBoth, type Alignments } from "./alignBoth.js";

/** The photo with the box (solid), the margin rectangle (dashed) and the landmarks drawn on it. */
function annotated(a: Alignments, image: HTMLImageElement): HTMLCanvasElement {
  const c = document.createElement("canvas");
  c.width = a.photo.width;
  c.height = a.photo.height;
  const ctx = c.getContext("2d") as CanvasRenderingContext2D;
  ctx.drawImage(image, 0, 0);
  const [x1, y1, x2, y2] = a.face.box;
  ctx.lineWidth = 2;
  ctx.strokeStyle = "#ff3b30";
  ctx.strokeRect(x1, y1, x2 - x1, y2 - y1);
  const [m1, n1, m2, n2] = a.marginRect;
  ctx.setLineDash([5, 4]);
  ctx.strokeStyle = "#ffcc00";
  ctx.strokeRect(m1 + 1, n1 + 1, m2 - m1 - 2, n2 - n1 - 2);
  ctx.fillStyle = "#34c759";
  for (const [x, y] of a.face.landmarks) ctx.fillRect(x - 2, y - 2, 4, 4);
  return c;
}

function panel(canvas: HTMLCanvasElement, caption: string, description: string): HTMLElement {
  const figure = document.createElement("figure");
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", description);
  const text = document.createElement("figcaption");
  text.textContent = caption;
  figure.append(canvas, text);
  return figure;
}

/** The figure for `photo` ({name, url}); `detector` resolves to MTCNN (loaded on first use). */
export function alignmentFigure(photo: { name: string; url: string }, detector: () => Promise<Mtcnn>): HTMLElement {
  const root = document.createElement("div");
  root.className = "alignment-figure";
  const status = document.createElement("p");
  status.className = "alignment-status";
  status.textContent = msg.lfw.alignWaiting;
  root.append(status);
  (async () => {
    await whenVisible(root);
    status.textContent = msg.lfw.alignLoading;
    const image = new Image();
    image.src = photo.url;
    await image.decode();
    const found = await alignBoth(await detector(), image);
    if (!found) {
      status.textContent = msg.lfw.alignNoFace;
      return;
    }
    const name = photo.name.replace(/\.jpg$/, "").replaceAll("_", " ");
    const { photo: p, margin, chip } = found;
    root.replaceChildren(
      panel(annotated(found, image), msg.lfw.photoCaption(name, p.width, p.height), msg.lfw.photoDescription(name)),
      panel(pixelsCanvas(margin, margin.width), msg.lfw.marginCaption(margin.width, margin.height), msg.lfw.marginDescription),
      panel(pixelsCanvas(chip, chip.width), msg.lfw.chipCaption(chip.width, chip.height), msg.lfw.chipDescription),
    );
    root.dataset.done = "true";
  })().catch((error) => {
    status.textContent = msg.lfw.alignFailed(error.message);
  });
  return root;
}
