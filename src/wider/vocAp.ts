/**
 * Average precision by PASCAL VOC's all-point interpolation (VOC2010+ `VOCap.m`, which the WIDER FACE
 * toolbox calls): precision is replaced by its running maximum from the right (the best precision at
 * this recall or any higher one), then summed over each step in recall. Recall must not decrease.
 */

/** The area under the interpolated precision–recall curve; `recall[i]` pairs with `precision[i]`. */
export function vocAp(recall: ArrayLike<number>, precision: ArrayLike<number>): number {
  const n = recall.length;
  if (precision.length !== n) throw new Error(`vocAp: ${n} recalls and ${precision.length} precisions`);
  const mrec = [0, ...Array.from(recall), 1]; // sentinels, as VOCap
  const mpre = [0, ...Array.from(precision), 0];
  for (let i = mpre.length - 2; i >= 0; i--) mpre[i] = Math.max(mpre[i], mpre[i + 1]);
  let ap = 0;
  for (let i = 1; i < mrec.length; i++) if (mrec[i] !== mrec[i - 1]) ap += (mrec[i] - mrec[i - 1]) * mpre[i];
  return ap;
}
