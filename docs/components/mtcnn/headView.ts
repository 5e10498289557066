// An output head's activation shown for what it means: P-Net's face probability and box offsets as
// maps over the level; R-Net's and O-Net's probability as a number, their box offsets as the
// regressed box on the crop, O-Net's ten numbers as five points on the crop.
import type { NetLayer } from "facelab";
import { featureMaps, grid, mapsCaption } from "./featureMaps.js";
import type { LayerMaps } from "./layerMaps.js";
import { colourLegend, divergingScale, inputCanvas, mapCanvas, probabilityScale } from "./mapCanvas.js";
import type { NetInput } from "./netInput.js";
import { msg } from "../i18n.js";

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
  const canvas = inputCanvas(input.data, input.height, input.width, cssWidth, msg.mtcnn.overlayLabel);
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
  const t = msg.mtcnn;
  const caption = t.pnetFaceCaption(maps.name, h, w, maps.data[2 * best + 1].toFixed(3), Math.floor(best / w) + 1, (best % w) + 1);
  const p = Object.assign(document.createElement("p"), { className: "maps-caption", textContent: caption });
  p.style.cssText = "font-size:13px;margin:0 0 4px";
  return [
    p,
    colourLegend(probabilityScale, 0, 1, t.pFace),
    grid(t.pnetFaceGroup, [
      [probabilityOverlay(maps, input, side), t.over(input.label)],
      [mapCanvas(maps.data, maps.shape, 1, probabilityScale, side, t.probabilityMap), t.perWindow],
    ]),
  ];
}

/** The R-Net / O-Net face head: the probability as a number under the crop. */
function cropFace(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const p = maps.data[1];
  const t = msg.mtcnn;
  return [
    mapsCaption(maps, t.faceSoftmax),
    grid(t.cropAndP, [[cropWith(input, t.cropP(p.toFixed(3)), () => {}), t.pBoth(p.toFixed(4), maps.data[0].toFixed(4))]]),
  ];
}

/** The R-Net / O-Net box head: the crop's square (dashed) moved by the four offsets (green). */
function cropBox(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const s = input.width;
  const [dx1, dy1, dx2, dy2] = maps.data;
  const t = msg.mtcnn;
  const canvas = cropWith(input, t.cropBox, (ctx) => {
    ctx.setLineDash([2 / ZOOM, 2 / ZOOM]);
    ctx.strokeStyle = "#1b1e23";
    ctx.strokeRect(0.5, 0.5, s - 1, s - 1);
    ctx.setLineDash([]);
    ctx.strokeStyle = "#15803d";
    ctx.strokeRect(dx1 * s, dy1 * s, s + (dx2 - dx1) * s, s + (dy2 - dy1) * s);
  });
  const values = t.offsets.map((o, i) => `${o} ${maps.data[i].toFixed(3)}`).join(t.listSep);
  return [mapsCaption(maps, t.boxOffsetsCrop), grid(t.regressedOnCrop, [[canvas, values]])];
}

/** O-Net's landmark head: five points on the crop (x then y, as fractions of the crop). */
function cropLandmarks(maps: LayerMaps, input: NetInput): HTMLElement[] {
  const s = input.width;
  const t = msg.mtcnn;
  const canvas = cropWith(input, t.cropLandmarks, (ctx) => {
    ctx.fillStyle = "#b45309";
    for (let k = 0; k < 5; k++) {
      ctx.beginPath();
      ctx.arc(maps.data[k] * s, maps.data[5 + k] * s, 1.2, 0, 2 * Math.PI);
      ctx.fill();
    }
  });
  const values = t.points.map((name, k) => `${name} (${maps.data[k].toFixed(2)}, ${maps.data[5 + k].toFixed(2)})`).join(t.listSep);
  return [mapsCaption(maps, t.landmarksWhat), grid(t.cropAndLandmarks, [[canvas, values]])];
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
      const t = msg.mtcnn;
      root.append(
        mapsCaption(maps, t.boxOffsetsLevel),
        colourLegend(colour, -m, m, t.sharedScale),
        grid(
          t.offsetMapsGroup,
          t.offsets.map((o, k) => [mapCanvas(maps.data, maps.shape, k, colour, cell, t.offsetMap(o)), o]),
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
