// A page's first figure should reach the screen as soon as it is computed. Cells that depend on the
// same result run in the same task as the figure's cell, and the browser paints only after that task:
// a dozen figures further down (pyramid, heat maps, crops, the NMS stepper) would delay the first one.
// Those cells depend on `afterPaint(result)` instead, which hands the result over one frame later.

/** Resolves with `value` after the browser has painted (a frame, then a task), or after `wait` ms when no frame comes (a hidden tab). */
export function afterPaint<T>(value: T, wait = 250): Promise<T> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve(value);
    };
    requestAnimationFrame(() => setTimeout(finish, 0));
    setTimeout(finish, wait);
  });
}
