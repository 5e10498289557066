// A 2-D map of faces on a canvas: dots coloured by identity (or by cluster), or the faces themselves
// from the LFW thumbnail sprite; zoom and pan with d3-zoom; hover shows the face and the name; one
// person can be highlighted. `update(y)` redraws for a new layout (the live t-SNE calls it per frame).
// The sprite is downloaded when the map first wants a face (lazyImage.ts), after the frame that asked
// has been drawn with dots and a note saying the faces are on their way.
import * as d3 from "d3";
import type { LazyImage } from "./lazyImage.js";
import { identityColour } from "./lfwSubset.js";
import { spriteThumb } from "./lfwData.js";
import { LFW_SPRITE, spriteCell } from "./lfwSprite.js";
import { msg } from "./i18n.js";

export interface FaceMapData {
  /** Identity label per point, and the names they index. */
  labels: Int32Array;
  names: string[];
  /** Row of each point in the LFW sprite. */
  indices: Int32Array;
  sprite: LazyImage;
}

export interface FaceMapElement extends HTMLDivElement {
  update(y: Float32Array): void;
  highlight(label: number | null): void;
  /** Colours dots by cluster instead of identity (null restores identities); noise (< 0) is grey. */
  colourBy(clusters: Int32Array | null): void;
  setMode(mode: "faces" | "dots"): void;
}

export interface FaceMapOptions {
  width: number;
  height?: number;
  mode?: "faces" | "dots";
  /** Thumbnail size in px at zoom 1. */
  faceSize?: number;
  /** In "dots" mode, switch to faces beyond this zoom factor. */
  facesFromZoom?: number;
  /**
   * Drawing faces waits for this before downloading the sprite (a hover does not): the live map passes
   * its first iteration, so the sprite's download and decoding do not compete with building P.
   */
  facesAfter?: Promise<unknown>;
  /** What the map shows, for screen readers (the keyboard keys are appended). */
  label?: string;
}

export function faceMap(
  data: FaceMapData,
  {
    width,
    height = Math.min(640, width),
    mode = "faces",
    faceSize = 18,
    facesFromZoom = Infinity,
    facesAfter,
    label = msg.clusters.mapOfFaces,
  }: FaceMapOptions,
): FaceMapElement {
  const root = document.createElement("div") as FaceMapElement;
  root.className = "face-map";
  const canvas = document.createElement("canvas");
  const dpr = window.devicePixelRatio || 1;
  canvas.width = width * dpr;
  canvas.height = height * dpr;
  canvas.style.width = `${width}px`;
  canvas.style.height = `${height}px`;
  // Keyboard: focus the map, then + / − zoom, the arrow keys pan and 0 resets (see `keys` below).
  canvas.tabIndex = 0;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", msg.clusters.mapWithKeys(label));
  const tip = document.createElement("div");
  tip.className = "face-map-tip";
  tip.hidden = true;
  const note = Object.assign(document.createElement("div"), { className: "face-map-note", textContent: msg.clusters.facesLoading, hidden: true });
  root.append(canvas, tip, note);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  let y: Float32Array = new Float32Array(0),
    px: Float32Array = new Float32Array(0),
    py: Float32Array = new Float32Array(0);
  let highlighted: number | null = null,
    clusters: Int32Array | null = null,
    transform = d3.zoomIdentity;

  function project(): void {
    const n = data.labels.length;
    const [x0, x1] = d3.extent(Array.from({ length: n }, (_, i) => y[2 * i])) as [number, number];
    const [y0, y1] = d3.extent(Array.from({ length: n }, (_, i) => y[2 * i + 1])) as [number, number];
    const pad = faceSize;
    const s = Math.min((width - 2 * pad) / (x1 - x0 || 1), (height - 2 * pad) / (y1 - y0 || 1));
    px = Float32Array.from({ length: n }, (_, i) => transform.applyX(width / 2 + (y[2 * i] - (x0 + x1) / 2) * s));
    py = Float32Array.from({ length: n }, (_, i) => transform.applyY(height / 2 + (y[2 * i + 1] - (y0 + y1) / 2) * s));
  }

  let loading = false;
  /** Downloads the sprite (once), then redraws with faces; on failure the note says the map stays dots. */
  function loadSprite(): void {
    if (loading) return;
    loading = true;
    data.sprite.load().then(
      () => {
        note.hidden = true;
        draw();
      },
      () => {
        note.textContent = msg.clusters.facesFailed;
      },
    );
  }
  let queued = false;
  /** For drawing faces: loads the sprite once `facesAfter` has settled and the browser is idle (the dots drawn). */
  function requestSprite(): void {
    if (queued) return;
    queued = true;
    const idle = () => ("requestIdleCallback" in window ? requestIdleCallback(loadSprite, { timeout: 500 }) : setTimeout(loadSprite, 0));
    (facesAfter ?? Promise.resolve()).then(idle);
  }

  function draw(): void {
    project();
    ctx.setTransform(dpr, 0, 0, dpr, 0, 0);
    ctx.clearRect(0, 0, width, height);
    const wantFaces = mode === "faces" || transform.k >= facesFromZoom;
    const sprite = data.sprite.image;
    note.hidden = !wantFaces || sprite !== null;
    if (wantFaces && !sprite) requestSprite();
    const faces = wantFaces && sprite !== null;
    const size = faceSize * Math.min(4, Math.sqrt(transform.k));
    const order = d3.range(data.labels.length).sort((a, b) => Number(data.labels[a] === highlighted) - Number(data.labels[b] === highlighted));
    for (const i of order) {
      if (px[i] < -size || py[i] < -size || px[i] > width + size || py[i] > height + size) continue;
      const on = highlighted === null || data.labels[i] === highlighted;
      ctx.globalAlpha = on ? 1 : 0.12;
      const colour = clusters ? (clusters[i] < 0 ? "#999" : identityColour(clusters[i])) : identityColour(data.labels[i]);
      if (faces) {
        const k = data.indices[i];
        const { x, y } = spriteCell(k);
        ctx.drawImage(sprite, x, y, LFW_SPRITE.cell, LFW_SPRITE.cell, px[i] - size / 2, py[i] - size / 2, size, size);
        if (clusters || highlighted !== null) {
          ctx.strokeStyle = colour;
          ctx.lineWidth = 2;
          ctx.strokeRect(px[i] - size / 2, py[i] - size / 2, size, size);
        }
      } else {
        ctx.fillStyle = colour;
        ctx.beginPath();
        ctx.arc(px[i], py[i], on && highlighted !== null ? 4 : 2.5, 0, 2 * Math.PI);
        ctx.fill();
      }
    }
    ctx.globalAlpha = 1;
  }

  function hover(event: MouseEvent): void {
    const [mx, my] = d3.pointer(event, canvas);
    let best = -1,
      bestD = 14 * 14;
    for (let i = 0; i < px.length; i++) {
      const d = (px[i] - mx) ** 2 + (py[i] - my) ** 2;
      if (d < bestD) {
        bestD = d;
        best = i;
      }
    }
    tip.hidden = best < 0;
    if (best < 0) return;
    const cluster = clusters ? ` · ${clusters[best] < 0 ? msg.clusters.noise : msg.clusters.cluster(clusters[best] + 1)}` : "";
    const name = Object.assign(document.createElement("span"), { textContent: data.names[data.labels[best]] + cluster });
    const sprite = data.sprite.image;
    if (sprite) tip.replaceChildren(spriteThumb(sprite, data.indices[best], { size: 64 }), name);
    else {
      tip.replaceChildren(name);
      loadSprite();
    }
    tip.style.left = `${Math.min(px[best] + 12, width - 140)}px`;
    tip.style.top = `${Math.min(py[best] + 12, height - 90)}px`;
  }

  canvas.addEventListener("mousemove", hover);
  canvas.addEventListener("mouseleave", () => {
    tip.hidden = true;
  });
  const zoom = d3
    .zoom<HTMLCanvasElement, unknown>()
    .scaleExtent([1, 40])
    .on("zoom", (e) => {
      transform = e.transform;
      draw();
    });
  const selection = d3.select(canvas).call(zoom);
  const keys: Record<string, () => void> = {
    "+": () => zoom.scaleBy(selection, 1.5),
    "=": () => zoom.scaleBy(selection, 1.5),
    "-": () => zoom.scaleBy(selection, 1 / 1.5),
    "0": () => zoom.transform(selection, d3.zoomIdentity),
    ArrowLeft: () => zoom.translateBy(selection, 40 / transform.k, 0),
    ArrowRight: () => zoom.translateBy(selection, -40 / transform.k, 0),
    ArrowUp: () => zoom.translateBy(selection, 0, 40 / transform.k),
    ArrowDown: () => zoom.translateBy(selection, 0, -40 / transform.k),
  };
  canvas.addEventListener("keydown", (event) => {
    const act = keys[event.key];
    if (!act) return;
    event.preventDefault();
    act();
  });
  root.update = (next) => {
    y = next;
    draw();
  };
  root.highlight = (label) => {
    highlighted = label;
    draw();
  };
  root.colourBy = (c) => {
    clusters = c;
    draw();
  };
  root.setMode = (m) => {
    mode = m;
    draw();
  };
  return root;
}
