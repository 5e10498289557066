// "What a visitor gets by default": facelab on wasm beside face-api.js on each backend it raced, on the
// 640×480 crops (visitorDefault.ts), compared only when both cover the same photos; where facelab's
// wasm figure was read from, in a note under it.
import { barChart } from "./barChart.js";
import { COLOURS, type RaceResult } from "./benchFigures.js";
import { faceApiCropRaces, facelabWasm, facelabWasmRow, visitorBars } from "./visitorDefault.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { richText } from "./richText.js";
import { times } from "./benchFigures.js";
import { msg } from "../i18n.js";

type Browser = Parameters<typeof facelabWasm>[0] & Parameters<typeof measuredLine>[0];

/** The section's figures, in a `<div>`. */
export function visitorSection(browser: Browser | null, races: readonly RaceResult[], width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  const wasm = browser ? facelabWasm(browser) : null;
  const faceApi = faceApiCropRaces(races);
  const row = browser ? facelabWasmRow(browser) : null;
  // The rows this section's figures came from, for its "measured on" line.
  if (browser) div.append(measuredLine(browser, [...faceApi, ...(row ? [row.row] : [])] as { measured?: string }[]));
  if (!wasm) div.append(notYet(t.notYetWhat.visitorWasm, "npm run bench:browser"));
  else if (!faceApi.length) div.append(notYet(t.notYetWhat.visitorFaceApi, "npm run bench:browser"));
  else if (!faceApi.every((r) => r.photos === wasm.photos)) {
    const theirs = faceApi.map((r) => `${r.photos} (${r.backend})`).join(t.listSep);
    div.append(Object.assign(document.createElement("p"), { className: "not-measured", textContent: t.notCompared(wasm.photos, theirs) }));
  } else {
    div.append(barChart(visitorBars(wasm, faceApi), { width, axis: t.axisOwnBackend, colours: COLOURS }));
    const ratio = wasm.medianMs / faceApi[0].faceApi.medianMs;
    div.append(richText("p", t.visitorVerdict(times(ratio), faceApi[0].backend, ratio < 1 ? (1 / ratio).toFixed(1) : null, wasm.photos)));
  }
  if (wasm) div.append(richText("p", wasm.source === "batching" ? t.wasmFromBatching : t.wasmFromRoofline, "muted"));
  return div;
}
