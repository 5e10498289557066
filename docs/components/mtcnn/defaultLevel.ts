// The pyramid level the page opens P-Net's map on: the third, where faces of a typical photo are
// already a few windows wide, or the last when there are fewer.
import type { MtcnnTrace } from "facelab";

export const defaultLevel = (trace: MtcnnTrace): number => Math.min(2, trace.levels.length - 1);
