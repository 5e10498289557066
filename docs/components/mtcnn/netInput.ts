// What a network is fed on the MTCNN page: P-Net the chosen pyramid level of the photo (built as the
// detector builds it), R-Net and O-Net one of the crops the trace recorded. All normalised RGB
// `[h, w, 3]`, the photo's way round.
import { levelInput, type MtcnnTrace, type NetName } from "facelab";
import { pixelsFrom } from "facelab/browser";
import { msg } from "../i18n.js";

/** One network input, with a caption saying what it is. */
export interface NetInput {
  net: NetName;
  data: Float32Array;
  height: number;
  width: number;
  label: string;
}

/**
 * The largest level side P-Net's maps are computed for on the page: a 12 MP photo's first level
 * would hold 10 maps of ~2,000×1,500. Bigger levels are cut to a window around the best face — P-Net
 * being fully convolutional, a window of a level gives exactly that window of the level's maps.
 */
const MAX_SIDE = 640;

/** Rows `y0…y0+h` and columns `x0…x0+w` of an `[H, W, 3]` array. */
function window(data: Float32Array, W: number, x0: number, y0: number, w: number, h: number): Float32Array {
  const out = new Float32Array(w * h * 3);
  for (let y = 0; y < h; y++) out.set(data.subarray(((y0 + y) * W + x0) * 3, ((y0 + y) * W + x0 + w) * 3), y * w * 3);
  return out;
}

/**
 * The start of a `size`-wide window of `[0, total)` centred on `centre`, rounded down to even so the
 * window's windows fall on the level's own 2 px grid.
 */
const start = (centre: number, size: number, total: number) => Math.max(0, Math.min(total - size, Math.round(centre - size / 2))) & ~1;

/** P-Net's input on level `index` of `trace`, cut to `MAX_SIDE` around the best face if larger. */
function levelOf(trace: MtcnnTrace, image: ImageBitmap, index: number): NetInput | null {
  const level = trace.levels[index];
  if (!level) return null;
  const full = levelInput(pixelsFrom(image), level);
  const label = msg.mtcnn.levelInput(index, `${level.width}×${level.height}`, level.scale.toFixed(3));
  if (level.width <= MAX_SIDE && level.height <= MAX_SIDE) return { net: "pnet", data: full, height: level.height, width: level.width, label };
  const [x1, y1, x2, y2] = trace.faces[0]?.box ?? [0, 0, trace.width, trace.height];
  const w = Math.min(MAX_SIDE, level.width);
  const h = Math.min(MAX_SIDE, level.height);
  const x0 = start(((x1 + x2) / 2) * level.scale, w, level.width);
  const y0 = start(((y1 + y2) / 2) * level.scale, h, level.height);
  return {
    net: "pnet",
    data: window(full, level.width, x0, y0, w, h),
    height: h,
    width: w,
    label: msg.mtcnn.levelWindow(label, `${w}×${h}`, x0, y0),
  };
}

/** The input of `net`: level `levelIndex` for P-Net, crop `crop` of the trace for R-Net / O-Net. */
export function netInput(net: NetName, trace: MtcnnTrace, image: ImageBitmap, levelIndex: number, crop: number | null): NetInput | null {
  if (net === "pnet") return levelOf(trace, image, levelIndex);
  const stage = trace[net];
  if (crop === null || crop >= stage.input.length) return null;
  const side = stage.size;
  const per = side * side * 3;
  const crops = net === "rnet" ? trace.rnetCrops : trace.onetCrops;
  return {
    net,
    data: crops.slice(crop * per, (crop + 1) * per),
    height: side,
    width: side,
    label: msg.mtcnn.cropInput(crop + 1, stage.input.length, msg.mtcnn.nets[net], stage.scores[crop].toFixed(3)),
  };
}
