// One MTCNN network as a column of layer blocks (SVG): the input, each conv / pool / dense layer with
// its output shape, parameter count and multiply-adds, and the output heads side by side at the
// bottom. Every block is a toggle button (click, or Tab then Enter/Space); the element's `value` is
// the chosen layer's name, so the page reads it with `view()`.
import type { NetLayer, NetName } from "facelab";
import { formatNumber as fmt, msg } from "../i18n.js";

const FILL = { input: "#f1f1f1", conv: "#dbe9f6", pool: "#ececec", dense: "#fde4c8", head: "#d9f0d3" };
const LINE = 15;
const GAP = 14;
const SVG = "http://www.w3.org/2000/svg";

/** The last layer chosen on each net, so redrawing (new photo, new level) keeps the reader's place. */
const chosen = new Map<NetName, string>();

const dims = (s: readonly number[]) => s.join("×");

/** What a layer does, in a few words. */
export function layerTitle(l: NetLayer): string {
  const t = msg.mtcnn;
  if (l.kind === "pool") return t.pool(l.size, l.stride);
  const what = l.kind === "conv" ? t.conv(l.size, l.output[2]) : t.dense(fmt(l.input[0] * l.input[1] * l.input[2]), l.output[2]);
  return `${what}${l.prelu ? " + PReLU" : ""}`;
}

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number>, text?: string): SVGElementTagNameMap[K] {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

interface Block {
  name: string;
  lines: string[];
  fill: string;
  layer?: NetLayer;
}

/** The blocks to draw: the input, then every layer; `level` adds P-Net's shapes on the chosen pyramid level. */
function blocks(layers: readonly NetLayer[], level?: readonly NetLayer[]): Block[] {
  const input = layers[0].input;
  const t = msg.mtcnn;
  const out: Block[] = [
    {
      name: "input",
      lines: [t.inputBlock, `${dims(input)}`, ...(level ? [t.onThisLevel(dims(level[0].input))] : [])],
      fill: FILL.input,
    },
  ];
  layers.forEach((l, i) => {
    const counts = l.kind === "pool" ? t.noParameters : t.counts(fmt(l.parameters), fmt(l.multiplyAdds));
    const title = l.head ? `${layerTitle(l)} · ${t.heads[l.head]}` : layerTitle(l);
    const onLevel = level ? [t.onThisLevel(dims(level[i].output)) + (l.kind === "pool" ? "" : t.multAdds(fmt(level[i].multiplyAdds)))] : [];
    const lines = [`${l.name} · ${title}`, `${t.out(dims(l.output))} · ${counts}`, ...onLevel];
    out.push({ name: l.name, lines, layer: l, fill: l.head ? FILL.head : FILL[l.kind] });
  });
  return out;
}

/** One block as a focusable toggle button at (x, y). */
function blockG(b: Block, x: number, y: number, w: number): SVGGElement {
  const h = rowHeight(b);
  const g = el("g", { class: "net-layer", role: "button", tabindex: 0, "data-layer": b.name, transform: `translate(${x},${y})` });
  if (b.layer) {
    g.dataset.parameters = String(b.layer.parameters);
    g.dataset.multiplyAdds = String(b.layer.multiplyAdds);
    g.dataset.shape = dims(b.layer.output);
  }
  g.append(el("rect", { width: w, height: h, rx: 5, fill: b.fill }));
  b.lines.forEach((line, i) => g.append(el("text", { x: 8, y: 16 + i * LINE, "font-weight": i === 0 ? 600 : 400 }, line)));
  return g;
}

const rowHeight = (b: Block) => 9 + b.lines.length * LINE;

/** The diagram of `net`: `layers` for its own input size, `level` (P-Net only) for the page's pyramid level. */
export function networkDiagram(
  net: NetName,
  layers: readonly NetLayer[],
  { width = 640, level }: { width?: number; level?: readonly NetLayer[] } = {},
): HTMLElement {
  const all = blocks(layers, level);
  const heads = all.filter((b) => b.layer?.head);
  const trunk = all.filter((b) => !b.layer?.head);
  const w = Math.max(300, Math.min(width, 720));
  const height = all.reduce((sum, b) => sum + rowHeight(b) + GAP, -GAP) + 2;
  const svg = el("svg", {
    width: w,
    height,
    viewBox: `0 0 ${w} ${height}`,
    class: "net-diagram",
    role: "group",
    "aria-label": msg.mtcnn.layerByLayer(msg.mtcnn.nets[net]),
  });
  svg.append(el("style", {}, STYLE));
  const gs: SVGGElement[] = [];
  let y = 0;
  trunk.forEach((b, i) => {
    if (i > 0) svg.append(el("line", { x1: w / 2, x2: w / 2, y1: y - GAP, y2: y, class: "net-edge" }));
    gs.push(blockG(b, 0, y, w - 1));
    y += rowHeight(b) + GAP;
  });
  // The heads branch off the last trunk layer side by side in the net; drawn as indented rows fed by one spine.
  const top = y;
  const indent = 24;
  for (const b of heads) {
    svg.append(el("path", { d: `M${indent / 2},${top - GAP}V${y + rowHeight(b) / 2}H${indent}`, class: "net-edge" }));
    gs.push(blockG(b, indent, y, w - indent - 1));
    y += rowHeight(b) + GAP;
  }
  svg.append(...gs);
  return wrap(net, svg, gs);
}

/** The diagram inside an input-like element whose `value` is the pressed layer. */
function wrap(net: NetName, svg: SVGSVGElement, gs: SVGGElement[]): HTMLElement {
  const root = document.createElement("div") as HTMLDivElement & { value: string };
  root.className = "net-diagram-wrap";
  const names = gs.map((g) => g.dataset.layer as string);
  const select = (name: string, notify: boolean) => {
    root.value = name;
    chosen.set(net, name);
    for (const g of gs) g.setAttribute("aria-pressed", String(g.dataset.layer === name));
    if (notify) root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  for (const g of gs) {
    const name = g.dataset.layer as string;
    g.addEventListener("click", () => select(name, true));
    g.addEventListener("keydown", (e) => {
      if (e.key !== "Enter" && e.key !== " ") return;
      e.preventDefault(); // Space would scroll the page
      select(name, true);
    });
  }
  const remembered = chosen.get(net);
  select(remembered && names.includes(remembered) ? remembered : "conv1", false);
  root.append(svg);
  return root;
}

const STYLE = `
.net-diagram text { font: 11.5px var(--sans-serif, system-ui); fill: #1b1e23; pointer-events: none; }
.net-diagram .net-layer { cursor: pointer; outline: none; }
.net-diagram .net-layer rect { stroke: #6b7280; stroke-width: 1; }
.net-diagram .net-layer:hover rect { stroke: #1b1e23; }
.net-diagram .net-layer[aria-pressed="true"] rect { stroke: #1d4ed8; stroke-width: 3; }
.net-diagram .net-layer:focus-visible rect { stroke: #b45309; stroke-width: 3; stroke-dasharray: 5 3; }
.net-diagram .net-edge { stroke: #6b7280; fill: none; }
`;
