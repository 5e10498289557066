/**
 * The Performance page's live race: facelab's MTCNN against face-api.js's in the visitor's own
 * browser, on the site's sample photos and one backend both libraries run (each library's own tfjs
 * switched to it), a warm-up round each kept out of the medians, then rounds interleaved A B, B A …
 * (src/race/mtcnnRace.ts). Reports what the benchmark reports (src/race/raceSummary.ts): median ms
 * per image each, the ratio, and how many faces the two find in common. Everything it loads is served by the site.
 */
import * as tf from "@tensorflow/tfjs-core";
import { Mtcnn } from "facelab";
import { urlReader, useBackend, type BackendName, type WasmUrls } from "facelab/browser";
import { barChart } from "./barChart.js";
import { COLOURS, FACE_API, ms, OURS, times } from "./benchFigures.js";
import { faceApiContender, facelabContender, loadFaceApiMtcnn, race, summariseRace, type FaceApiUrls, type PeerMtcnn, type RaceImage } from "facelab/race";
import { decodePhoto, type Sample } from "../photoPicker.js";
import { msg } from "../i18n.js";

const t = msg.performance;

export interface LiveRaceOptions {
  samples: Sample[];
  mtcnnUrls: Record<string, string>;
  wasmUrls: WasmUrls;
  peerUrls: FaceApiUrls;
  /** How many of the samples to start with (the visitor can change it). */
  photos: number;
  /** How many timed rounds to start with. */
  rounds: number;
  invalidation: Promise<unknown>;
}

/** Both libraries can run these; face-api.js's tfjs-core 1.7 has no wasm backend registered. */
const RACE_BACKENDS: BackendName[] = ["webgl", "cpu"];

/** A sample photo decoded (downscaled like every page's photos) to straight RGBA. */
async function raceImage(sample: Sample): Promise<RaceImage> {
  const res = await fetch(sample.url);
  if (!res.ok) throw new Error(msg.common.sampleFailed(sample.name, res.status));
  const { bitmap } = await decodePhoto(await res.blob(), sample.name);
  const canvas = Object.assign(document.createElement("canvas"), { width: bitmap.width, height: bitmap.height });
  const ctx = canvas.getContext("2d")!;
  ctx.drawImage(bitmap, 0, 0);
  bitmap.close();
  return { name: sample.name, width: canvas.width, height: canvas.height, rgba: ctx.getImageData(0, 0, canvas.width, canvas.height).data };
}

function field(label: string, input: HTMLElement): HTMLLabelElement {
  const l = document.createElement("label");
  l.append(`${label} `, input);
  return l;
}

const numberInput = (value: number, max: number) =>
  Object.assign(document.createElement("input"), { type: "number", min: "1", max: String(max), step: "1", value: String(value) });

/** The race's controls, progress and result, in a `<div class="live-race">`. */
export function liveRace(o: LiveRaceOptions): HTMLElement {
  const root = Object.assign(document.createElement("div"), { className: "live-race" });
  const backend = document.createElement("select");
  backend.append(...RACE_BACKENDS.map((b) => new Option(b, b)));
  const photos = numberInput(Math.min(o.photos, o.samples.length), o.samples.length);
  const rounds = numberInput(o.rounds, 20);
  const run = Object.assign(document.createElement("button"), { type: "button", textContent: t.runRace });
  const progress = Object.assign(document.createElement("progress"), { max: 1, value: 0 });
  const status = Object.assign(document.createElement("p"), { className: "live-race-status muted" });
  status.setAttribute("aria-live", "polite");
  status.textContent = t.raceIdle; // until the first race: what to do, where the result will be
  const result = Object.assign(document.createElement("div"), { className: "live-race-result" });
  const controls = Object.assign(document.createElement("div"), { className: "controls-bar" });
  controls.append(field(t.raceBackend, backend), field(t.racePhotos, photos), field(t.raceRounds, rounds), run);
  root.append(controls, progress, status, result);

  let peer: PeerMtcnn | null = null;
  let disposed = false;
  void o.invalidation.then(() => {
    disposed = true;
    peer?.dispose();
  });

  run.addEventListener("click", async () => {
    run.disabled = true;
    result.replaceChildren();
    progress.value = 0;
    try {
      const choice = backend.value as BackendName;
      const n = clamp(photos.valueAsNumber, 1, o.samples.length);
      const r = clamp(rounds.valueAsNumber, 1, 20);
      status.textContent = t.raceLoading;
      const images = await Promise.all(o.samples.slice(0, n).map(raceImage));
      if ((await useBackend(choice, o.wasmUrls)) !== choice) throw new Error(t.facelabCannotStart(choice));
      // The library's own message is English (it also serves the benchmark): the page says it in its language.
      peer ??= await loadFaceApiMtcnn(o.peerUrls).catch(() => {
        throw new Error(t.faceApiNotLoaded(new URL(o.peerUrls.script, location.href).href));
      });
      if (!(await peer.setBackend(choice))) throw new Error(t.faceApiCannotStart(peer.tfVersion, choice));
      const mtcnn = await Mtcnn.load(urlReader(o.mtcnnUrls));
      try {
        status.textContent = t.racing(choice, r, n);
        const [ours, theirs] = await race(facelabContender(mtcnn), faceApiContender(peer), images, r, (done, total) => {
          progress.value = done / total;
        });
        if (disposed) return;
        status.textContent = t.raceDone(choice, tf.version_core, peer.tfVersion);
        result.append(...report(summariseRace(ours, theirs), Math.min(root.clientWidth || 640, 760)));
      } finally {
        mtcnn.dispose();
      }
    } catch (err) {
      status.textContent = err instanceof Error ? err.message : String(err);
      status.classList.add("error");
      return;
    } finally {
      run.disabled = false;
    }
    status.classList.remove("error");
  });
  return root;
}

const clamp = (x: number, lo: number, hi: number) => (Number.isFinite(x) ? Math.min(hi, Math.max(lo, Math.round(x))) : lo);

/** The outcome: one sentence with the figures (also as data attributes, for tests) and the two bars. */
function report(s: ReturnType<typeof summariseRace>, width: number): HTMLElement[] {
  const p = document.createElement("p");
  p.className = "summary live-race-summary";
  Object.assign(p.dataset, {
    ratio: String(s.ratio),
    matched: String(s.agreement.matched),
    facelabFaces: String(s.facelab.faces),
    faceApiFaces: String(s.faceApi.faces),
  });
  // The table's sentence holds only formatted figures and these two elements (the test reads them by class).
  p.innerHTML = t.raceSummary(
    ms(s.facelab.medianMs),
    ms(s.faceApi.medianMs),
    t.ratioWord,
    `<strong class="live-race-ratio">${times(s.ratio)}</strong>`,
    ms(s.facelab.firstMs),
    ms(s.faceApi.firstMs),
    `<span class="live-race-agreement">${t.matchedFaces(s.agreement.matched)}</span>`,
    s.facelab.faces,
    s.faceApi.faces,
  );
  const chart = barChart(
    [
      { group: t.medianPerPhoto, series: OURS, value: s.facelab.medianMs, label: ms(s.facelab.medianMs) },
      { group: t.medianPerPhoto, series: FACE_API, value: s.faceApi.medianMs, label: ms(s.faceApi.medianMs) },
    ],
    { width, axis: t.axisRaceMs, colours: COLOURS },
  );
  return [p, chart];
}
