/**
 * Class imbalance measured over WIDER annotations: every image is placed at its own scale (WIDER
 * images are 1024 px wide) in SRN's 1024 × 1024 training input, faces are cut to that square (faces
 * entirely below it are dropped), the anchors are matched at step one (0.7 / 0.3) and step two
 * (0.5 / 0.4) thresholds, and positives, ignored and negatives are summed per level and per image.
 * Step two's thresholds are applied to the unrefined anchors: the refined P5–P7 anchors need a trained
 * first-step regressor, which is not available here.
 */
import { area, clip } from "../core/box.js";
import type { Box } from "../core/types.js";
import { tileAnchors } from "./anchors.js";
import { median } from "../math/statistics.js";
import { linearBins, logBins, type Bin } from "./histogram.js";
import { anchorOverlaps, countMatches, type MatchThresholds } from "./matchAnchors.js";
import { SRN } from "./srnConfig.js";
import type { WiderImage } from "./widerAnnotations.js";

interface LevelCounts {
  name: string;
  positive: number;
  ignored: number;
  negative: number;
  /** Positives by the IoU threshold alone, without each face's best anchor. */
  positiveByThreshold: number;
}

interface StepStats {
  name: string;
  thresholds: MatchThresholds;
  /** Sums over all images. */
  levels: LevelCounts[];
  perImage: { positiveMean: number; negativeMean: number; ignoredMean: number; positiveMedian: number; negativesPerPositiveMedian: number };
  /** Negatives / positives over the whole set. */
  negativesPerPositive: number;
  /** Positives per image, octave bins from 1 (images with none are `imagesWithoutPositive`). */
  positivesPerImage: Bin[];
  imagesWithoutPositive: number;
  /** Faces no anchor reaches at the positive threshold (positive only through the best-anchor rule). */
  facesBelowThreshold: number;
}

export interface AnchorMatchStats {
  inputSize: number;
  images: number;
  /** Faces inside the input square, with positive area. */
  faces: number;
  anchorsPerImage: number;
  steps: StepStats[];
  /** Each face's best IoU with any anchor. */
  bestIou: Bin[];
  /** Per face-size bin (√(w·h), half octaves): faces, mean best IoU, share reaching 0.7 and 0.5. */
  bestIouBySize: { lo: number; hi: number; faces: number; meanBestIou: number; reach07: number; reach05: number }[];
}

/** The faces of `image` as they fall in a size × size input at the image's own scale. */
function facesInInput(image: WiderImage, size: number): Box[] {
  return image.faces.map((f) => clip(f.box, size, size)).filter((b) => area(b) > 0);
}

const round = (v: number) => Number(v.toPrecision(6));

interface Tally {
  levels: LevelCounts[];
  pos: number[];
  neg: number[];
  ign: number[];
  below: number;
}

function emptyTally(names: string[]): Tally {
  return { levels: names.map((name) => ({ name, positive: 0, ignored: 0, negative: 0, positiveByThreshold: 0 })), pos: [], neg: [], ign: [], below: 0 };
}

function summarise(name: string, thresholds: MatchThresholds, t: Tally): StepStats {
  const sum = (k: "positive" | "negative") => t.levels.reduce((n, l) => n + l[k], 0);
  const mean = (v: number[]) => round(v.reduce((a, b) => a + b, 0) / v.length);
  const ratios = t.pos.flatMap((p, i) => (p > 0 ? [t.neg[i] / p] : []));
  return {
    name,
    thresholds,
    levels: t.levels,
    perImage: {
      positiveMean: mean(t.pos),
      negativeMean: mean(t.neg),
      ignoredMean: mean(t.ign),
      positiveMedian: median(t.pos),
      negativesPerPositiveMedian: round(median(ratios)),
    },
    negativesPerPositive: round(sum("negative") / sum("positive")),
    positivesPerImage: logBins(
      t.pos.filter((p) => p > 0),
      1,
      16384,
      1,
    ),
    imagesWithoutPositive: t.pos.filter((p) => p === 0).length,
    facesBelowThreshold: t.below,
  };
}

/** The statistics over `images`; `onProgress(done, total)` is called after each image. */
export function anchorMatchStats(
  images: readonly WiderImage[],
  { inputSize = SRN.inputSize, onProgress = (_done: number, _total: number) => {} } = {},
): AnchorMatchStats {
  const anchors = tileAnchors(inputSize, inputSize);
  const steps = [
    { name: "step one", thresholds: { ...SRN.stepOne } },
    { name: "step two", thresholds: { ...SRN.stepTwo } },
  ];
  const tallies = steps.map(() => emptyTally(anchors.levels.map((l) => l.name)));
  const best: number[] = [];
  const sizes: number[] = [];
  images.forEach((image, n) => {
    const faces = facesInInput(image, inputSize);
    const overlaps = anchorOverlaps(anchors, faces);
    faces.forEach((f, g) => {
      best.push(overlaps.bestIou[g]);
      sizes.push(Math.sqrt(area(f)));
    });
    steps.forEach(({ thresholds }, s) => {
      const t = tallies[s];
      const withRule = countMatches(overlaps, anchors.levels, thresholds);
      const alone = countMatches(overlaps, anchors.levels, thresholds, { bestAnchor: false });
      withRule.forEach((c, k) => {
        const l = t.levels[k];
        l.positive += c.positive;
        l.ignored += c.ignored;
        l.negative += c.negative;
        l.positiveByThreshold += alone[k].positive;
      });
      t.pos.push(withRule.reduce((a, c) => a + c.positive, 0));
      t.neg.push(withRule.reduce((a, c) => a + c.negative, 0));
      t.ign.push(withRule.reduce((a, c) => a + c.ignored, 0));
      t.below += overlaps.bestIou.filter((v) => v < thresholds.positive).length;
    });
    onProgress(n + 1, images.length);
  });
  return {
    inputSize,
    images: images.length,
    faces: best.length,
    anchorsPerImage: anchors.count,
    steps: steps.map((s, k) => summarise(s.name, s.thresholds, tallies[k])),
    bestIou: linearBins(best, 0, 1, 20),
    bestIouBySize: bestIouBySize(sizes, best),
  };
}

function bestIouBySize(sizes: number[], best: number[]): AnchorMatchStats["bestIouBySize"] {
  return logBins([], 1, 2048, 2).map(({ lo, hi }, k, all) => {
    const idx = sizes.flatMap((s, i) => ((s >= lo || k === 0) && (s < hi || k === all.length - 1) ? [i] : []));
    const share = (t: number) => (idx.length ? round(idx.filter((i) => best[i] >= t).length / idx.length) : 0);
    return {
      lo,
      hi,
      faces: idx.length,
      meanBestIou: idx.length ? round(idx.reduce((a, i) => a + best[i], 0) / idx.length) : 0,
      reach07: share(0.7),
      reach05: share(0.5),
    };
  });
}
