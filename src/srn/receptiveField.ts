/**
 * Receptive-field arithmetic for stacks of convolutions, per axis: a k-tap layer widens the field by
 * (k − 1)·jump and multiplies the jump (input pixels between neighbouring outputs) by its stride.
 * Used for SRN's Receptive Field Enhancement block, whose four branches are 1×1 → 1×k or k×1 → 1×1
 * (k = 3, 5) convolutions (release `resnet_srn.py`, class RFE): rectangular fields for faces that are
 * much wider or taller than the square anchors' fields.
 */

/** One convolution: kernel [height, width] and stride [vertical, horizontal]. */
export interface ConvShape {
  name: string;
  kernel: [number, number];
  stride?: [number, number];
}

/** Field [height, width] in input pixels of the stack's input, and the output's jump [vertical, horizontal]. */
export interface ReceptiveField {
  height: number;
  width: number;
  jump: [number, number];
}

/** The receptive field of one output cell of `layers`, applied in order. */
export function receptiveField(layers: readonly ConvShape[]): ReceptiveField {
  let [h, w] = [1, 1];
  let [jy, jx] = [1, 1];
  for (const {
    kernel: [kh, kw],
    stride: [sy, sx] = [1, 1],
  } of layers) {
    h += (kh - 1) * jy;
    w += (kw - 1) * jx;
    jy *= sy;
    jx *= sx;
  }
  return { height: h, width: w, jump: [jy, jx] };
}

/** The RFE block's four branches, in the release's order. */
const RFE_BRANCHES: readonly { name: string; layers: ConvShape[] }[] = Object.freeze(
  (
    [
      [1, 5],
      [5, 1],
      [1, 3],
      [3, 1],
    ] as [number, number][]
  ).map(([kh, kw]) => ({
    name: `1×1 → ${kh}×${kw} → 1×1`,
    layers: [
      { name: "1×1 reduce (256 → 64)", kernel: [1, 1] as [number, number] },
      { name: `${kh}×${kw}`, kernel: [kh, kw] as [number, number] },
      { name: "1×1", kernel: [1, 1] as [number, number] },
    ],
  })),
);

/**
 * The detection head around the RFE block in the release: 3×3 conv → RFE → 3×3 conv, so each branch's
 * path through the head is 3×3 → branch → 3×3.
 */
function headPath(branch: { layers: ConvShape[] }): ConvShape[] {
  return [{ name: "3×3", kernel: [3, 3] }, ...branch.layers, { name: "3×3", kernel: [3, 3] }];
}

/** Per branch: the field in feature cells of the block alone and of the whole head. */
export function rfeFields(): { name: string; block: ReceptiveField; head: ReceptiveField }[] {
  return RFE_BRANCHES.map((b) => ({ name: b.name, block: receptiveField(b.layers), head: receptiveField(headPath(b)) }));
}
