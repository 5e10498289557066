// The page's view in its address, so "Link to this view" (and the language switch) reopens it: the
// sample's id, the backend, the pyramid and P-Net sliders, and the NMS stepper's stage, measure, threshold and step.
// Values equal to the page's defaults are left out of the address.
import { DEFAULT_MTCNN_CONFIG, type MtcnnTrace, type OverlapMode } from "facelab";
import type { Photo } from "../photoPicker.js";
import { NMS_STAGES, type NmsInput } from "../nmsCandidates.js";
import { syncUrl } from "../urlState.js";
import { defaultLevel } from "./defaultLevel.js";
import type { SamplePhoto } from "./samplePhotos.js";

export interface MtcnnView {
  /** The backend chosen in the menu (not the one it may have fallen back to). */
  backend: string;
  minFaceSize: number;
  scaleFactor: number;
  cropSampling: string;
  levelIndex: number;
  pThreshold: number;
  nmsStage: string;
  nmsMode: OverlapMode;
  nmsThreshold: number;
  nmsStep: number;
}

/** Writes `view` of `photo` into the address (nothing before the first detection). */
export function syncView(trace: MtcnnTrace | null, photo: Photo | null, samples: readonly SamplePhoto[], nmsData: NmsInput | null, view: MtcnnView): void {
  if (!trace) return;
  const c = DEFAULT_MTCNN_CONFIG;
  syncUrl(
    {
      sample: samples.find((s) => s.name === photo?.sample)?.id,
      backend: view.backend,
      min: view.minFaceSize,
      scale: view.scaleFactor,
      crops: view.cropSampling,
      level: view.levelIndex,
      pnet: view.pThreshold,
      stage: view.nmsStage,
      mode: view.nmsMode,
      nms: view.nmsThreshold,
      step: view.nmsStep,
    },
    {
      sample: samples[0]?.id,
      backend: "wasm",
      min: c.minFaceSize,
      scale: c.scaleFactor,
      crops: c.cropSampling,
      level: defaultLevel(trace),
      pnet: c.thresholds[0],
      stage: NMS_STAGES[0],
      mode: nmsData?.mode,
      nms: nmsData?.threshold,
      step: 0,
    },
  );
}
