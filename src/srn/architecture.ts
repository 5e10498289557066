/**
 * SRN's backbone and feature pyramid as data, for drawing: ResNet-50 stages C2–C5, two extra stride-2
 * convolutions C6, C7, and the pyramid P2–P7 (release `resnet_srn.py`: P5 from C5's 1×1 lateral, P4–P2
 * top-down by upsampling and adding the 1×1 laterals of C4–C2, P6 and P7 by stride-2 3×3 convs).
 * Feature-map sizes follow from the strides: every stride-2 layer (3×3 or 7×7, padded) rounds up.
 */
import { featureMapSize } from "./anchors.js";

export interface StageShape {
  name: string;
  stride: number;
  channels: number;
  cols: number;
  rows: number;
  /** How the stage is computed, in a few words. */
  from: string;
}

const BACKBONE: readonly Omit<StageShape, "cols" | "rows">[] = [
  { name: "C2", stride: 4, channels: 256, from: "conv1 7×7/2, max-pool /2, 3 bottlenecks" },
  { name: "C3", stride: 8, channels: 512, from: "4 bottlenecks, first /2" },
  { name: "C4", stride: 16, channels: 1024, from: "6 bottlenecks, first /2" },
  { name: "C5", stride: 32, channels: 2048, from: "3 bottlenecks, first /2" },
  { name: "C6", stride: 64, channels: 1024, from: "3×3/2 conv on C5" },
  { name: "C7", stride: 128, channels: 256, from: "3×3/2 conv on C6" },
];

const PYRAMID: readonly Omit<StageShape, "cols" | "rows">[] = [
  { name: "P2", stride: 4, channels: 256, from: "P3 upsampled + 1×1(C2), 3×3" },
  { name: "P3", stride: 8, channels: 256, from: "P4 upsampled + 1×1(C3), 3×3" },
  { name: "P4", stride: 16, channels: 256, from: "P5 upsampled + 1×1(C4), 3×3" },
  { name: "P5", stride: 32, channels: 256, from: "1×1(C5), 3×3" },
  { name: "P6", stride: 64, channels: 256, from: "3×3/2 on 1×1(C5)" },
  { name: "P7", stride: 128, channels: 256, from: "3×3/2 on P6" },
];

/** C2–C7 and P2–P7 with their feature-map sizes for an input of width × height. */
export function srnStages(width: number, height: number): { backbone: StageShape[]; pyramid: StageShape[] } {
  const sized = (s: Omit<StageShape, "cols" | "rows">) => {
    const [cols, rows] = featureMapSize(width, height, s.stride);
    return { ...s, cols, rows };
  };
  return { backbone: BACKBONE.map(sized), pyramid: PYRAMID.map(sized) };
}
