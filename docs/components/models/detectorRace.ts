// Every face detector facelab knows, run on one photo in this tab, one after another on the same
// backend, so their boxes and times can be compared fairly. Each detector's weights are fetched the
// first time the reader asks for the comparison (never at page load), kept for the next photo, and
// freed with the page. Each detector runs twice: the first run includes the backend's warm-up
// (shader or kernel set-up for that network's shapes), the second is the steady-state time.
// facelab/detectors itself (with tfjs-converter for BlazeFace's graphs, ≈ 0.5 MB of script) is
// imported on the first run too, so a reader who never presses the button never downloads it.
import { DETECTOR_NAMES, type Detection, type DetectorName } from "facelab";
import { pixelsFrom, urlReader, useBackend, type WasmUrls } from "facelab/browser";
import type { Detector } from "facelab/detectors";
import { pageLimits } from "../photoPicker.js";

export interface RaceResult {
  name: DetectorName;
  faces: Detection[];
  /** Fetching and building the weights, ms (0 once cached). */
  loadMs: number;
  /** The first detection on this photo (includes warm-up), ms. */
  firstMs: number;
  /** The second detection on the same photo, ms. */
  secondMs: number;
  /** What went wrong, if this detector failed (the others still run). */
  error?: string;
}

export type Race = (image: ImageBitmap, onResult?: (done: readonly RaceResult[]) => void) => Promise<RaceResult[]>;

/** A runner that loads each detector on first use (files from `detectorUrls[name]`) and disposes them on `invalidation`. */
export function detectorRace(
  { wasmUrls, detectorUrls }: { wasmUrls: WasmUrls; detectorUrls: Record<DetectorName, Record<string, string>> },
  invalidation: Promise<unknown>,
): Race {
  const loaded = new Map<DetectorName, Promise<Detector>>();
  void invalidation.then(async () => {
    for (const d of loaded.values()) (await d.catch(() => null))?.dispose();
  });
  const load = (name: DetectorName) => {
    if (!loaded.has(name))
      loaded.set(
        name,
        import("facelab/detectors").then((d) => d.loadNamedDetector(name, urlReader(detectorUrls[name]))),
      );
    return loaded.get(name) as Promise<Detector>;
  };
  return async (image, onResult) => {
    await useBackend("wasm", wasmUrls);
    const pixels = pixelsFrom(image);
    const limits = pageLimits();
    const done: RaceResult[] = [];
    for (const name of DETECTOR_NAMES) {
      const result: RaceResult = { name, faces: [], loadMs: 0, firstMs: 0, secondMs: 0 };
      try {
        let t0 = performance.now();
        const detector = await load(name);
        result.loadMs = performance.now() - t0;
        t0 = performance.now();
        result.faces = await detector.detect(pixels, limits);
        result.firstMs = performance.now() - t0;
        t0 = performance.now();
        await detector.detect(pixels, limits);
        result.secondMs = performance.now() - t0;
      } catch (e) {
        loaded.delete(name);
        result.error = e instanceof Error ? e.message : String(e);
      }
      done.push(result);
      onResult?.(done);
    }
    return done;
  };
}
