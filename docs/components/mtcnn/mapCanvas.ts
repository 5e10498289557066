// One channel of an activation `[h, w, c]` as a canvas, one pixel per map cell (enlarged without
// smoothing by CSS), coloured by a shared scale so the channels of a layer can be compared.

/** An RGB colour for a value. */
export type ColourScale = (v: number) => [number, number, number];

const lerp = (a: number[], b: number[], t: number) => a.map((x, i) => Math.round(x + (b[i] - x) * t)) as [number, number, number];
const BLUE = [33, 102, 172];
const WHITE = [247, 247, 247];
const RED = [178, 24, 43];

/** Diverging: −m blue, 0 white, +m red (PReLU maps are signed; 0 is where a ReLU would cut). */
export function divergingScale(m: number): ColourScale {
  const s = m > 0 ? m : 1;
  return (v) => (v < 0 ? lerp(WHITE, BLUE, Math.min(1, -v / s)) : lerp(WHITE, RED, Math.min(1, v / s)));
}

/** Sequential for probabilities: 0 white, 1 dark red. */
export const probabilityScale: ColourScale = (v) => lerp(WHITE, RED, Math.max(0, Math.min(1, v)));

/** Channel `channel` of `data` (`[h, w, c]`, row-major) as an `h`×`w` canvas shown `cssWidth` wide. */
export function mapCanvas(
  data: Float32Array,
  [h, w, c]: readonly number[],
  channel: number,
  colour: ColourScale,
  cssWidth: number,
  label: string,
): HTMLCanvasElement {
  const canvas = document.createElement("canvas");
  canvas.width = w;
  canvas.height = h;
  canvas.style.width = `${cssWidth}px`;
  canvas.style.height = `${(cssWidth * h) / w}px`;
  canvas.style.imageRendering = "pixelated";
  canvas.setAttribute("role", "img");
  canvas.setAttribute("aria-label", label);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  const img = ctx.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    const [r, g, b] = colour(data[p * c + channel]);
    img.data[4 * p] = r;
    img.data[4 * p + 1] = g;
    img.data[4 * p + 2] = b;
    img.data[4 * p + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** A normalised RGB input `[h, w, 3]` (`(pixel − 127.5) / 128`) back to pixels, shown `cssWidth` wide. */
export function inputCanvas(data: Float32Array, h: number, w: number, cssWidth: number, label: string): HTMLCanvasElement {
  const canvas = mapCanvas(new Float32Array(h * w), [h, w, 1], 0, () => [0, 0, 0], cssWidth, label);
  const ctx = canvas.getContext("2d") as CanvasRenderingContext2D;
  const img = ctx.createImageData(w, h);
  for (let p = 0; p < h * w; p++) {
    for (let k = 0; k < 3; k++) img.data[4 * p + k] = data[3 * p + k] * 128 + 127.5;
    img.data[4 * p + 3] = 255;
  }
  ctx.putImageData(img, 0, 0);
  return canvas;
}

/** A horizontal colour bar for `colour` from `lo` to `hi`, with its end values. */
export function colourLegend(colour: ColourScale, lo: number, hi: number, caption: string): HTMLElement {
  const root = document.createElement("div");
  root.className = "map-legend";
  root.style.cssText = "display:flex;align-items:center;gap:6px;font-size:12px;margin:4px 0";
  const bar = document.createElement("canvas");
  bar.width = 120;
  bar.height = 1;
  bar.style.cssText = "width:120px;height:10px;border:1px solid #6b7280";
  bar.setAttribute("aria-hidden", "true");
  const ctx = bar.getContext("2d") as CanvasRenderingContext2D;
  for (let x = 0; x < 120; x++) {
    const [r, g, b] = colour(lo + ((hi - lo) * (x + 0.5)) / 120);
    ctx.fillStyle = `rgb(${r},${g},${b})`;
    ctx.fillRect(x, 0, 1, 1);
  }
  const span = (t: string) => Object.assign(document.createElement("span"), { textContent: t });
  root.append(span(caption), span(lo.toFixed(2)), bar, span(hi.toFixed(2)));
  return root;
}
