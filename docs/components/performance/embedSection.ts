// One run of the embedder race (facelab's dlib ResNet against @vladmandic/face-api's, same weights):
// a heading with where it ran, the bars of ms per face one at a time and batched, and the ratios and
// first calls in a sentence.
import { barChart } from "./barChart.js";
import { COLOURS, embedBars, ms, OURS, times, VLADMANDIC, type EmbedStats } from "./benchFigures.js";

/** An embedder race as the benchmark writes it: the figures, and where and how long it ran. */
export interface EmbedRace extends EmbedStats {
  backend: string;
  rounds: number;
  warmup: { oursSingle: number; theirsSingle: number };
}

/** The section of one race; `where` is "Node" or "Chromium". */
export function embedSection(e: EmbedRace, where: string, width: number): HTMLDivElement {
  const div = document.createElement("div");
  const h3 = Object.assign(document.createElement("h3"), { textContent: `${where}, ${e.backend} backend — ${e.faces} faces, ${e.rounds} rounds` });
  const chart = barChart(embedBars(e), { width, axis: "median ms per face →", colours: { [OURS]: COLOURS[OURS], [VLADMANDIC]: COLOURS[VLADMANDIC] } });
  const p = document.createElement("p");
  const strong = (text: string) => Object.assign(document.createElement("strong"), { textContent: text });
  p.append(
    "Ratio facelab ÷ @vladmandic/face-api: ",
    strong(times(e.ratios.single)),
    " one at a time, ",
    strong(times(e.ratios.batched)),
    " batched. ",
    `First calls (warm-up, ms per face): facelab ${ms(e.warmup.oursSingle)}, @vladmandic/face-api ${ms(e.warmup.theirsSingle)}.`,
  );
  div.append(h3, chart, p);
  return div;
}
