// The triplet loss with your hands: anchor, positive and negative are points on the unit circle
// (FaceNet's embeddings live on the unit hypersphere; here it is 2-D). Drag them — or focus one with Tab
// and turn it with the arrow keys — and watch the two squared distances, the loss and the triplet's
// kind. The rings around the anchor mark ‖a−p‖ and √(‖a−p‖² + α): a negative inside the inner ring is
// hard, between the rings semi-hard, outside easy. The margin is set from outside (`setAlpha`) so that
// moving the page's slider keeps the points where the reader put them.
import * as d3 from "d3";
import { squaredDistance, tripletKind, tripletLoss, type TripletKind } from "facelab";
import { msg } from "./i18n.js";

type Name = "anchor" | "positive" | "negative";
// Dark enough for white letters (WCAG AA 4.5:1).
const COLORS: Record<Name, string> = { anchor: "#3458b8", positive: "#1b7f3b", negative: "#c62828" };
const KIND_COLORS: Record<TripletKind, string> = { easy: "#1b7f3b", "semi-hard": "#9a5400", hard: "#c62828" };
const STEP = Math.PI / 60; // 3° per arrow key press; Shift for 15°
/** An angle in whole degrees, 0–359. */
const degrees = (t: number) => ((Math.round((t * 180) / Math.PI) % 360) + 360) % 360;

/** What the figure shows now, read by the page's exercises. */
export interface TripletState {
  angles: Record<Name, number>;
  alpha: number;
  /** ‖a−p‖², ‖a−n‖². */
  dp: number;
  dn: number;
  loss: number;
  kind: TripletKind;
}

export type TripletExplorer = HTMLElement & { state: () => TripletState; setAlpha: (alpha: number) => void };

/** The explorer; the initial angles make a semi-hard triplet for α = 0.2 (‖a−p‖² = 0.295, ‖a−n‖² = 0.408). */
export function tripletExplorer({ width = 640, alpha = 0.2 } = {}): TripletExplorer {
  const size = Math.max(240, Math.min(width, 420));
  const r = size * 0.32;
  const angles: Record<Name, number> = { anchor: -0.3, positive: 0.25, negative: -0.95 };
  const at = (t: number): [number, number] => [Math.cos(t), Math.sin(t)];
  const px = ([x, y]: [number, number]): [number, number] => [size / 2 + r * x, size / 2 - r * y];

  const root = document.createElement("div") as unknown as TripletExplorer;
  root.className = "triplet-explorer";
  const svg = d3
    .create("svg")
    .attr("width", size)
    .attr("height", size)
    .attr("viewBox", `0 0 ${size} ${size}`)
    .attr("role", "group")
    .attr("aria-label", msg.facenet.explorerLabel);
  svg
    .append("circle")
    .attr("cx", size / 2)
    .attr("cy", size / 2)
    .attr("r", r)
    .attr("fill", "none")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.3);
  const outer = svg.append("circle").attr("fill", "#ff9f0a").attr("fill-opacity", 0.12).attr("stroke", "#9a5400").attr("stroke-dasharray", "4 3");
  const inner = svg.append("circle").attr("fill", "#ff3b30").attr("fill-opacity", 0.12).attr("stroke", "#c62828").attr("stroke-dasharray", "4 3");
  const lineP = svg.append("line").attr("stroke", COLORS.positive).attr("stroke-width", 2);
  const lineN = svg.append("line").attr("stroke", COLORS.negative).attr("stroke-width", 2);
  const readout = document.createElement("div");
  readout.className = "triplet-readout";
  readout.setAttribute("aria-live", "polite");

  const names: Name[] = ["anchor", "positive", "negative"];
  const dots = svg
    .selectAll<SVGGElement, Name>("g.pt")
    .data(names)
    .join("g")
    .attr("class", (d) => `pt pt-${d}`)
    .attr("tabindex", 0)
    .attr("role", "slider")
    .attr("aria-label", (d) => msg.facenet.pointLabel(msg.facenet.pointNames[d]))
    .attr("aria-valuemin", 0)
    .attr("aria-valuemax", 359)
    .style("cursor", "grab");
  dots.append("circle").attr("class", "focus-ring").attr("r", 16).attr("fill", "none");
  dots
    .append("circle")
    .attr("r", 11)
    .attr("fill", (d) => COLORS[d])
    .attr("stroke", "white")
    .attr("stroke-width", 2);
  dots
    .append("text")
    .text((d) => msg.facenet.pointLetters[d])
    .attr("text-anchor", "middle")
    .attr("dy", "0.35em")
    .attr("fill", "white")
    .attr("font", "bold 11px sans-serif")
    .attr("aria-hidden", "true")
    .style("pointer-events", "none");

  let current: TripletState;
  function update() {
    const [a, p, n] = names.map((k) => at(angles[k]));
    const dp = squaredDistance(a, p);
    const dn = squaredDistance(a, n);
    const kind = tripletKind(dp, dn, alpha);
    const loss = tripletLoss(a, p, n, alpha);
    current = { angles: { ...angles }, alpha, dp, dn, loss, kind };
    const [ax, ay] = px(a);
    inner
      .attr("cx", ax)
      .attr("cy", ay)
      .attr("r", r * Math.sqrt(dp));
    outer
      .attr("cx", ax)
      .attr("cy", ay)
      .attr("r", r * Math.sqrt(dp + alpha));
    lineP.attr("x1", ax).attr("y1", ay).attr("x2", px(p)[0]).attr("y2", px(p)[1]);
    lineN.attr("x1", ax).attr("y1", ay).attr("x2", px(n)[0]).attr("y2", px(n)[1]);
    dots
      .attr("transform", (d) => `translate(${px(at(angles[d]))})`)
      .attr("aria-valuenow", (d) => degrees(angles[d]))
      .attr("aria-valuetext", (d) => msg.facenet.pointValue(msg.facenet.pointNames[d], degrees(angles[d]), msg.facenet.kinds[kind], loss.toFixed(3)));
    readout.innerHTML = `‖a−p‖² = <b>${dp.toFixed(3)}</b> · ‖a−n‖² = <b>${dn.toFixed(3)}</b> · α = ${alpha}<br>
      ${msg.facenet.loss} = max(0, ${dp.toFixed(3)} − ${dn.toFixed(3)} + ${alpha}) = <b class="triplet-loss">${loss.toFixed(3)}</b> ·
      <span class="kind" data-kind="${kind}" style="background:${KIND_COLORS[kind]}">${msg.facenet.kinds[kind]}</span>`;
  }
  dots.call(
    d3.drag<SVGGElement, Name>().on("drag", (event, d) => {
      angles[d] = Math.atan2(size / 2 - event.y, event.x - size / 2);
      update();
    }),
  );
  dots.on("keydown", (event: KeyboardEvent, d) => {
    const turn = { ArrowLeft: 1, ArrowUp: 1, ArrowRight: -1, ArrowDown: -1 }[event.key];
    if (!turn) return;
    event.preventDefault();
    angles[d] += turn * STEP * (event.shiftKey ? 5 : 1);
    update();
  });
  update();
  root.append(svg.node() as SVGSVGElement, readout);
  root.state = () => current;
  root.setAlpha = (value: number) => {
    alpha = value;
    update();
  };
  return root;
}
