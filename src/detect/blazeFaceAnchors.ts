/**
 * BlazeFace's anchors, as MediaPipe's `SsdAnchorsCalculator` lays them out for the face detection
 * graphs (`aspect_ratios: 1.0`, `fixed_anchor_size: true`, `anchor_offset 0.5`): layers with the same
 * stride share one grid, each layer adds one anchor per cell, or two with
 * `interpolated_scale_aspect_ratio: 1.0`, and every anchor is a unit-sized box at a cell centre. With
 * strides 8, 16, 16, 16 on 128 px and two per layer that is 16² × 2 + 8² × 6 = 896 anchors (BlazeFace
 * paper, §2 "Anchor scheme"); the full-range model's one stride-4 layer on 192 px gives 48² = 2,304.
 */

/** An anchor centre `[x, y]` in the unit square of the network's input. */
export type AnchorCentre = [number, number];

/**
 * The anchor centres for an `inputSize` input, MediaPipe's per-layer `strides` and `perLayer` anchors
 * per cell and layer (2 with an interpolated scale, else 1), in the network's output order.
 */
export function blazeFaceAnchors(inputSize: number, strides: readonly number[], perLayer = 2): AnchorCentre[] {
  const anchors: AnchorCentre[] = [];
  for (let layer = 0; layer < strides.length; ) {
    let last = layer;
    while (last < strides.length && strides[last] === strides[layer]) last++;
    const perCell = perLayer * (last - layer); // the anchors of every layer sharing this stride
    const cells = Math.ceil(inputSize / strides[layer]);
    for (let y = 0; y < cells; y++) {
      for (let x = 0; x < cells; x++) {
        for (let a = 0; a < perCell; a++) anchors.push([(x + 0.5) / cells, (y + 0.5) / cells]);
      }
    }
    layer = last;
  }
  return anchors;
}
