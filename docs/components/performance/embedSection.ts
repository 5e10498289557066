// One run of the embedder race (facelab's dlib ResNet against @vladmandic/face-api's, same weights):
// a heading with where it ran, the bars of ms per face one at a time and batched, and the ratios and
// first calls in a sentence.
import { barChart } from "./barChart.js";
import { COLOURS, embedBars, ms, OURS, times, VLADMANDIC, type EmbedStats } from "./benchFigures.js";
import { richText } from "./richText.js";
import { msg } from "../i18n.js";

/** An embedder race as the benchmark writes it: the figures, and where and how long it ran. */
export interface EmbedRace extends EmbedStats {
  backend: string;
  rounds: number;
  warmup: { oursSingle: number; theirsSingle: number };
}

/** The section of one race; `where` is "Node" or "Chromium". */
export function embedSection(e: EmbedRace, where: string, width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  const h3 = Object.assign(document.createElement("h3"), { textContent: t.embedHeading(where, e.backend, e.faces, e.rounds) });
  const chart = barChart(embedBars(e), { width, axis: t.axisPerFace, colours: { [OURS]: COLOURS[OURS], [VLADMANDIC]: COLOURS[VLADMANDIC] } });
  const p = richText("p", t.embedVerdict(times(e.ratios.single), times(e.ratios.batched), ms(e.warmup.oursSingle), ms(e.warmup.theirsSingle)));
  div.append(h3, chart, p);
  return div;
}
