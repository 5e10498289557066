// A layer's activation on the MTCNN page: every channel as a small map under one shared colour
// scale, with a caption (layer, shape, range). Dense layers are one grid of units; the input is the
// RGB image the net was fed; the heads are drawn by headView.
import type { NetLayer } from "facelab";
import { colourLegend, divergingScale, inputCanvas, mapCanvas } from "./mapCanvas.js";
import type { LayerMaps } from "./layerMaps.js";
import { layerTitle } from "./networkDiagram.js";
import type { NetInput } from "./netInput.js";
import { msg } from "../i18n.js";

const dims = (s: readonly number[]) => s.join("×");

/** The caption above a layer's maps. */
export function mapsCaption(maps: LayerMaps, what: string): HTMLElement {
  const p = document.createElement("p");
  p.className = "maps-caption";
  p.style.cssText = "font-size:13px;margin:0 0 4px";
  p.textContent = msg.mtcnn.mapsCaption(maps.name, what, dims(maps.shape), maps.min.toFixed(3), maps.max.toFixed(3));
  return p;
}

/** A flex grid of labelled cells. */
export function grid(label: string, cells: [HTMLElement, string][]): HTMLElement {
  const root = document.createElement("div");
  root.className = "maps-grid";
  root.setAttribute("role", "group");
  root.setAttribute("aria-label", label);
  root.style.cssText = "display:flex;flex-wrap:wrap;gap:6px;align-items:flex-end";
  for (const [cell, text] of cells) {
    const fig = document.createElement("figure");
    fig.style.cssText = "margin:0;font-size:11px;text-align:center";
    const cap = document.createElement("figcaption");
    cap.style.color = "var(--theme-foreground-alt)"; // the theme's muted grey is under 4.5:1
    cap.textContent = text;
    fig.append(cell, cap);
    root.append(fig);
  }
  return root;
}

/** Units of a dense layer as one canvas, 16 to a row. */
function unitsCanvas(maps: LayerMaps, colour: ReturnType<typeof divergingScale>): HTMLCanvasElement {
  const n = maps.shape[2];
  const cols = 16;
  const rows = Math.ceil(n / cols);
  const padded = new Float32Array(rows * cols);
  padded.set(maps.data);
  return mapCanvas(padded, [rows, cols, 1], 0, colour, cols * 14, msg.mtcnn.units(n, maps.name));
}

/** The input, a hidden layer's channels, or a dense layer's units of `maps` (`layer` undefined for the input). */
export function featureMaps(maps: LayerMaps, layer: NetLayer | undefined, input: NetInput, width: number): HTMLElement {
  const root = document.createElement("div");
  root.className = "feature-maps";
  const [h, w, c] = maps.shape;
  const t = msg.mtcnn;
  if (!layer) {
    root.append(mapsCaption(maps, t.netSees(input.label)), inputCanvas(maps.data, h, w, Math.min(width, Math.max(144, w * 2)), t.theInput(input.label)));
    return root;
  }
  const m = Math.max(Math.abs(maps.min), Math.abs(maps.max));
  const colour = divergingScale(m);
  root.append(mapsCaption(maps, layerTitle(layer)), colourLegend(colour, -m, m, t.sharedScale));
  if (layer.kind === "dense") {
    root.append(grid(t.unitsGroup(maps.name, c), [[unitsCanvas(maps, colour), t.unitsCaption(c)]]));
    return root;
  }
  // a few channels large, many channels small: 3 per row up to 16 channels, else 5
  const perRow = Math.min(c, c <= 16 ? 3 : 5);
  const cell = Math.max(40, Math.min(w * 6, 220, Math.floor((width - 6 * perRow) / perRow)));
  const cells: [HTMLElement, string][] = [];
  for (let k = 0; k < c; k++) cells.push([mapCanvas(maps.data, maps.shape, k, colour, cell, t.channel(maps.name, k + 1, c)), `${k + 1}`]);
  root.append(grid(t.channelsGroup(maps.name, c, `${h}×${w}`), cells));
  return root;
}
