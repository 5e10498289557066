// Heavy cells (a second t-SNE, the lessons' series) wait until their element scrolls near the
// viewport, so a visitor reading the top of the page does not share the CPU with work below the fold.

/** Resolves once `element` is within `margin` of the viewport. */
export function whenVisible(element: Element, margin = "200px"): Promise<void> {
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: margin },
    );
    observer.observe(element);
  });
}
