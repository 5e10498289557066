// For a cell whose work can wait until the browser has painted what the cells before it drew: after a
// new detection, the page's heavier figures far down (e.g. the hard-mining batch, which labels every
// P-Net window) would otherwise run in the same turn and hold back the first results on screen.

/** Resolves once the browser has had the chance to paint (the next frame, then a task after it). */
export function afterPaint(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
