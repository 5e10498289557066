// What fixed batch shapes bought: facelab's median ms per photo in power-of-two chunks and in one whole
// batch, the ratio per backend, and what the WebGL rows (or their absence) mean.
import { barChart } from "./barChart.js";
import { raceName, seconds, times } from "./benchFigures.js";
import { BATCHING_COLOURS, batchingBars, type BatchingResult } from "./batchingBars.js";
import { notYet } from "./notYet.js";
import { richText } from "./richText.js";
import { msg } from "../i18n.js";

type Row = BatchingResult & { chunked?: { warmupMs?: number[] }; whole?: { warmupMs?: number[] } };

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

export function batchingSection(rows: readonly Row[], width: number): HTMLElement {
  const t = msg.performance;
  if (!rows.length) return notYet(t.notYetWhat.batching, "npm run bench:browser");
  const webgl = rows.filter((r) => r.backend === "webgl");
  const notes = [
    t.batchingVerdict(rows.map((r) => t.onRace(times(r.ratio), raceName(r), r.agreement.f1.toFixed(2))).join(t.listSep)),
    webgl.length ? "" : t.batchingNoWebgl,
    webgl.some((r) => r.ratio > 1) ? t.batchingAboveOne : "",
    // The warm-up round (after the first photo) is where chunking should pay: shapes seen for the first time.
    ...webgl
      .filter((r) => r.chunked?.warmupMs?.length && r.whole?.warmupMs?.length)
      .map((r) => t.batchingFirstSight(r.chunked!.warmupMs!.length, seconds(sum(r.chunked!.warmupMs!)), seconds(sum(r.whole!.warmupMs!)))),
  ];
  const div = document.createElement("div");
  div.append(
    barChart(batchingBars(rows), { width, axis: t.axisBatching, colours: BATCHING_COLOURS }),
    richText("p", notes.filter(Boolean).join(t.sentenceJoin)),
  );
  return div;
}
