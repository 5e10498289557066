// The live map's faces under t-SNE with three output dimensions, drawn with Plotly: a status line and
// the plot's box; the worker starts only once the box is scrolled into view, runs 500 iterations, then
// the plot is drawn (colours as on the 2-D maps, names on hover). Plotly is imported only then:
// plotly.js-dist is the full bundle (4.7 MB built), and a reader who never scrolls here never downloads it.
import { identityColour, type LfwSubset } from "../lfwSubset.js";
import { msg } from "../i18n.js";
import { TsneRunner } from "../tsneRunner.js";
import { whenVisible } from "../whenVisible.js";

const ITERATIONS = 500;

export function tsne3d(
  subset: LfwSubset,
  { workerUrl, width, invalidation }: { workerUrl: string; width: number; invalidation: Promise<unknown> },
): HTMLElement {
  const t = msg.clusters;
  const root = document.createElement("div");
  const status = Object.assign(document.createElement("p"), { className: "tsne-status", textContent: t.status3dWaiting });
  const plot = Object.assign(document.createElement("div"), { className: "plot-3d" });
  plot.style.width = `${Math.min(width, 980)}px`;
  plot.style.height = `${Math.min(width, 600)}px`;
  root.append(status, plot);
  const runner = new TsneRunner(workerUrl);
  invalidation.then(() => runner.dispose());
  runner.onLayout = (l) => {
    status.textContent = t.status3dIteration(l.iteration, ITERATIONS);
  };
  runner.onProgress = (done, total) => {
    status.textContent = t.status3dP(done, total);
  };
  (async () => {
    await whenVisible(plot);
    await runner.init(subset.x, subset.n, subset.d, { dims: 3 });
    const [{ y }, { default: Plotly }] = await Promise.all([runner.runTo(ITERATIONS), import("plotly.js-dist")]);
    const axis = (k: number) => [...y.filter((_, i) => i % 3 === k)];
    const dark = window.matchMedia("(prefers-color-scheme: dark)").matches;
    await Plotly.newPlot(
      plot,
      [
        {
          type: "scatter3d",
          mode: "markers",
          x: axis(0),
          y: axis(1),
          z: axis(2),
          text: Array.from(subset.labels, (l) => subset.names[l]),
          hoverinfo: "text",
          marker: { size: 3, color: Array.from(subset.labels, identityColour) },
        },
      ],
      {
        margin: { l: 0, r: 0, t: 0, b: 0 },
        paper_bgcolor: "rgba(0,0,0,0)",
        font: { color: dark ? "#ddd" : "#333" },
        scene: Object.fromEntries(["xaxis", "yaxis", "zaxis"].map((a) => [a, { showticklabels: false, title: "", color: dark ? "#aaa" : "#555" }])),
      },
      { displaylogo: false, responsive: true },
    );
    status.textContent = t.status3dDone(subset.n, ITERATIONS);
  })();
  return root;
}
