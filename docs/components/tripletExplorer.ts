// The triplet loss with your hands: anchor, positive and negative are points on the unit circle
// (FaceNet's embeddings live on the unit hypersphere; here it is 2-D). Drag them and watch the two
// squared distances, the loss and the triplet's kind. The rings around the anchor mark ‖a−p‖ and
// √(‖a−p‖² + α): a negative inside the inner ring is hard, between the rings semi-hard, outside easy.
import * as d3 from "d3";
import { squaredDistance, tripletKind, tripletLoss, type TripletKind } from "facelab";

type Name = "anchor" | "positive" | "negative";
const COLORS: Record<Name, string> = { anchor: "#4269d0", positive: "#34c759", negative: "#ff3b30" };
const KIND_COLORS: Record<TripletKind, string> = { easy: "#34c759", "semi-hard": "#ff9f0a", hard: "#ff3b30" };

/** The explorer for margin `alpha`; initial angles put the negative in the semi-hard band. */
export function tripletExplorer(alpha: number, width: number): HTMLElement {
  const size = Math.max(240, Math.min(width, 420));
  const r = size * 0.32;
  const angles: Record<Name, number> = { anchor: -0.3, positive: 0.25, negative: 0.62 };
  const at = (t: number): [number, number] => [Math.cos(t), Math.sin(t)];
  const px = ([x, y]: [number, number]): [number, number] => [size / 2 + r * x, size / 2 - r * y];

  const root = document.createElement("div");
  root.className = "triplet-explorer";
  const svg = d3.create("svg").attr("width", size).attr("height", size).attr("viewBox", `0 0 ${size} ${size}`);
  svg
    .append("circle")
    .attr("cx", size / 2)
    .attr("cy", size / 2)
    .attr("r", r)
    .attr("fill", "none")
    .attr("stroke", "currentColor")
    .attr("stroke-opacity", 0.3);
  const outer = svg.append("circle").attr("fill", "#ff9f0a").attr("fill-opacity", 0.12).attr("stroke", "#ff9f0a").attr("stroke-dasharray", "4 3");
  const inner = svg.append("circle").attr("fill", "#ff3b30").attr("fill-opacity", 0.12).attr("stroke", "#ff3b30").attr("stroke-dasharray", "4 3");
  const lineP = svg.append("line").attr("stroke", COLORS.positive).attr("stroke-width", 2);
  const lineN = svg.append("line").attr("stroke", COLORS.negative).attr("stroke-width", 2);
  const readout = document.createElement("div");
  readout.className = "triplet-readout";

  const names: Name[] = ["anchor", "positive", "negative"];
  const dots = svg.selectAll<SVGGElement, Name>("g.pt").data(names).join("g").attr("class", "pt").style("cursor", "grab");
  dots
    .append("circle")
    .attr("r", 11)
    .attr("fill", (d) => COLORS[d])
    .attr("stroke", "white")
    .attr("stroke-width", 2);
  dots
    .append("text")
    .text((d) => d[0].toUpperCase())
    .attr("text-anchor", "middle")
    .attr("dy", "0.35em")
    .attr("fill", "white")
    .attr("font", "bold 11px sans-serif")
    .style("pointer-events", "none");

  function update() {
    const [a, p, n] = names.map((k) => at(angles[k]));
    const dp = squaredDistance(a, p);
    const dn = squaredDistance(a, n);
    const kind = tripletKind(dp, dn, alpha);
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
    dots.attr("transform", (d) => `translate(${px(at(angles[d]))})`);
    readout.innerHTML = `‖a−p‖² = <b>${dp.toFixed(3)}</b> · ‖a−n‖² = <b>${dn.toFixed(3)}</b> · α = ${alpha}<br>
      loss = max(0, ${dp.toFixed(3)} − ${dn.toFixed(3)} + ${alpha}) = <b>${tripletLoss(a, p, n, alpha).toFixed(3)}</b> ·
      <span class="kind" style="background:${KIND_COLORS[kind]}">${kind}</span>`;
  }
  dots.call(
    d3.drag<SVGGElement, Name>().on("drag", (event, d) => {
      angles[d] = Math.atan2(size / 2 - event.y, event.x - size / 2);
      update();
    }),
  );
  update();
  root.append(svg.node() as SVGSVGElement, readout);
  return root;
}
