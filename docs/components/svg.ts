// A tiny SVG builder for the diagrams: elements with attributes and children, no library needed.

/** An SVG element `tag` with `attrs`, and `children` appended (strings become text). */
export function s(tag: string, attrs: Record<string, string | number> = {}, ...children: (Node | string)[]): SVGElement {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  for (const c of children) el.append(typeof c === "string" ? document.createTextNode(c) : c);
  return el;
}

/** An arrow-head marker definition with id `id`, coloured with currentColor. */
export function arrowMarker(id: string): SVGElement {
  return s(
    "defs",
    {},
    s(
      "marker",
      { id, viewBox: "0 0 10 10", refX: 9, refY: 5, markerWidth: 7, markerHeight: 7, orient: "auto-start-reverse" },
      s("path", { d: "M 0 0 L 10 5 L 0 10 z", fill: "currentColor" }),
    ),
  );
}
