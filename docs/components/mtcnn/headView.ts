// An output head's activation shown for what it means: P-Net's face probability and box offsets as
// maps over the level; R-Net's and O-Net's probability as a number, their box offsets as the
// regressed box on the crop, O-Net's ten numbers as five points on the crop.
import type { NetLayer } from "facelab";
import { featureMaps, grid, mapsCaption } from "./featureMaps.js";
import type { LayerMaps } from "./layerMaps.js";
import { colourLegend, divergingScale, inputCanvas, mapCanvas, probabilityScale } from "./mapCanvas.js";
import type { NetInput } from "./netInput.js";

const OFFSETS = ["dx1 (left edge)", "dy1 (top edge)", "dx2 (right edge)", "dy2 (bottom edge)"];
const POINTS = ["left eye", "right eye", "nose", "left mouth corner", "right mouth corner"];
const ZOOM = 4;

/** The crop drawn `ZOOM`× with `draw` on top, in crop pixels. */
function cropWith(input: NetInput, label: string, draw: (ctx: CanvasRenderingContext2D) => void): HTMLCanvasElement {
  const photo = inputCanvas(input.data, input.height, input.width, input.width * ZOOM, "");
  const canvas = document.createElement("canvas");
  canvas.width = canvas.height = input.width * ZOOM;
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", label);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(photo, 0, 0, canvas.width, canvas.height);
  ctx.scale(ZOOM, ZOOM);
  ctx.lineWidth = 2 / ZOOM;
  draw(ctx);
  return canvas;
}

/**
 * The level with each window's face probability painted over the 2×2 px at its centre (window (r, c)
 * covers rows 2r … 2r + 11, so its centre cell starts at 2r + 5): where on the photo P-Net says "face".
 */
function probabilityOverlay(maps: LayerMaps, input: NetInput, cssWidth: number): HTMLCanvasElement {
  const [h, w] = maps.shape;
  const canvas = inputCanvas(
    input.data,
    input.height,
    input.width,
    cssWidth,
    `the level with each window's face probability painted in red at the window's centre`,
  );
  const cells = document.createElement("canvas");
  cells.width = w;
  cells.height = h;
  const cctx = cells.getContext("2d") as CanvasRenderingContext2D;
  const img = cctx.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    img.data.set([220, 20, 60, Math.round(255 * maps.data[2 * p + 1])], 4 * p);
  }
  cctx.putImageData(img, 0, 0);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  ctx.fillStyle = "rgba(255, 255, 255, 0.45)"; // fade the photo so the probabilities stand out
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.imageSmoothingEnabled = false;
  ctx.drawImage(cells, 5, 5, 2 * w, 2 * h);
  return canvas;
}

/** P-Net's face probability map, alone and over the level it was computed on. */
function pnetFace(maps: LayerMaps, input: NetInput, width: number): HTMLElement[] {
  const [h, w] = maps.shape;
  let best = 0;
  for (let p = 1; p < h * w; p++) if (maps.data[2 * p + 1] > maps.data[2 * best + 1]) best = p;
  const side = Math.min(width - 8, 480);
  const caption = `${maps.name} (face probability, the softmax of its 2 channels) · ${h}×${w} windows of 12×12 px, 2 px apart · highest p(face) ${maps.data[2 * best + 1].toFixed(3)}, at row ${Math.floor(best / w) + 1}, column ${(best % w) + 1} · computed live`;
  const p = Object.assign(document.createElement("p"), { className: "maps-caption", textContent: caption });
  p.style.cssText = "font-size:13px;margin:0 0 4px";
  return [
    p,
    colourLegend(probabilityScale, 0, 1, "p(face):"),
    grid("P-Net's face probability, over the level and as a map", [
      [probabilityOverlay(maps, input, side), `over ${input.label}`],
      [mapCanvas(maps.data, maps.shape, 1, probabilityScale, side, "face probability of every window, as a map"), "p(face) per window, one cell per window"],
    ]),
  ];
}

/** The R-Net / O-Net face head: the probability as a number under the crop. */
function cropFace(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const p = maps.data[1];
  return [
    mapsCaption(maps, "face / not face, softmax"),
    grid("the crop and its face probability", [
      [cropWith(input, `the crop, p(face) ${p.toFixed(3)}`, () => {}), `p(face) = ${p.toFixed(4)}, p(not face) = ${maps.data[0].toFixed(4)}`],
    ]),
  ];
}

/** The R-Net / O-Net box head: the crop's square (dashed) moved by the four offsets (green). */
function cropBox(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const s = input.width;
  const [dx1, dy1, dx2, dy2] = maps.data;
  const canvas = cropWith(input, "the crop with its regressed box", (ctx) => {
    ctx.setLineDash([2 / ZOOM, 2 / ZOOM]);
    ctx.strokeStyle = "#1b1e23";
    ctx.strokeRect(0.5, 0.5, s - 1, s - 1);
    ctx.setLineDash([]);
    ctx.strokeStyle = "#15803d";
    ctx.strokeRect(dx1 * s, dy1 * s, s + (dx2 - dx1) * s, s + (dy2 - dy1) * s);
  });
  const values = OFFSETS.map((o, i) => `${o} ${maps.data[i].toFixed(3)}`).join(", ");
  return [mapsCaption(maps, "box offsets, as fractions of the crop's side"), grid("the regressed box on the crop", [[canvas, values]])];
}

/** O-Net's landmark head: five points on the crop (x then y, as fractions of the crop). */
function cropLandmarks(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const s = input.width;
  const canvas = cropWith(input, "the crop with its five predicted landmarks", (ctx) => {
    ctx.fillStyle = "#b45309";
    for (let k = 0; k < 5; k++) {
      ctx.beginPath();
      ctx.arc(maps.data[k] * s, maps.data[5 + k] * s, 1.2, 0, 2 * Math.PI);
      ctx.fill();
    }
  });
  const values = POINTS.map((name, k) => `${name} (${maps.data[k].toFixed(2)}, ${maps.data[5 + k].toFixed(2)})`).join(", ");
  return [mapsCaption(maps, "five landmarks: five x then five y, fractions of the crop"), grid("the crop and its landmarks", [[canvas, values]])];
}

/** A head's activation, drawn for what it predicts. */
export function headView(maps: LayerMaps, layer: NetLayer, input: NetInput, width: number): HTMLElement {
  const root = document.createElement("div");
  root.className = "feature-maps";
  if (input.net === "pnet") {
    if (layer.head === "face") root.append(...pnetFace(maps, input, width));
    else {
      const m = Math.max(Math.abs(maps.min), Math.abs(maps.max));
      const colour = divergingScale(m);
      const cell = Math.min(Math.floor((width - 24) / 4), 220);
      root.append(
        mapsCaption(maps, "box offsets per window, fractions of 12 px"),
        colourLegend(colour, -m, m, "shared scale:"),
        grid(
          "P-Net's four box-offset maps",
          OFFSETS.map((o, k) => [mapCanvas(maps.data, maps.shape, k, colour, cell, `offset map ${o}`), o]),
        ),
      );
    }
    return root;
  }
  if (layer.head === "face") root.append(...cropFace(maps, input));
  else if (layer.head === "box") root.append(...cropBox(maps, input));
  else if (layer.head === "landmarks") root.append(...cropLandmarks(maps, input));
  else return featureMaps(maps, layer, input, width);
  return root;
}
