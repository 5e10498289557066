// UI text of the srn page's components; ../zh/srn.ts has the same keys (tsc checks it).
export const srn = {
  // the bundled WIDER FACE training images, by file name (the photo picker's names)
  samples: {
    "4_Dancing_Dancing_4_506.jpg": "WIDER: dancing crowd",
    "4_Dancing_Dancing_4_166.jpg": "WIDER: dancing",
    "1_Handshaking_Handshaking_1_716.jpg": "WIDER: handshake",
    "19_Couple_Couple_19_483.jpg": "WIDER: couple",
  } as Record<string, string>,
  // controls
  inputSize: "input size (px, square)",
  level: "level",
  step: "step",
  /** The matching steps, by their key in the library's statistics and in the address ("step one"). */
  steps: { "step one": "step one", "step two": "step two" } as Record<string, string>,
  gamma: "gamma",
  alpha: "alpha",
  listSeparator: "; ",
  loadingPhoto: "Loading the photo…",
  // srnArchitecture
  archName: "SRN architecture",
  archBackbone: "ResNet-50 ↑",
  archPyramid: "↓ feature pyramid",
  archLateral: "1×1 lateral",
  archLateralUp: "1×1 lateral + upsampled P above",
  archP6: "1×1, then 3×3 stride 2",
  archStride: (stride: number) => `stride ${stride}`,
  archHint: "Hover, tap or select a level (Tab, then Enter) for what computes it.",
  archInfo: (name: string, cols: number, rows: number, channels: number, stride: number, from: string) =>
    `${name}: ${cols} × ${rows} cells × ${channels} channels (stride ${stride}) — ${from}.`,
  /** What computes each level (the library's `from`, per level). */
  stageFrom: {
    C2: "conv1 7×7/2, max-pool /2, 3 bottlenecks",
    C3: "4 bottlenecks, first /2",
    C4: "6 bottlenecks, first /2",
    C5: "3 bottlenecks, first /2",
    C6: "3×3/2 conv on C5",
    C7: "3×3/2 conv on C6",
    P2: "P3 upsampled + 1×1(C2), 3×3",
    P3: "P4 upsampled + 1×1(C3), 3×3",
    P4: "P5 upsampled + 1×1(C4), 3×3",
    P5: "1×1(C5), 3×3",
    P6: "3×3/2 on 1×1(C5)",
    P7: "3×3/2 on P6",
  } as Record<string, string>,
  // anchorLevelTable
  levelTableName: "Anchors per pyramid level",
  levelTable: { level: "level", stride: "stride", sides: "anchor sides (px)", cells: "cells", anchors: "anchors", share: "share" },
  // formulas' names for screen readers
  formulaShare: "share of anchors on P2–P4, quartering levels",
  formulaHalving: "share with halving levels",
  formulaStc: "STC loss, equation 1",
  formulaStr: "STR loss, equation 2",
  formulaCe: "cross-entropy and focal loss",
  formulaPt: "p_t and alpha_t",
  // anchorView, photoFaces
  facesWider: "WIDER FACE annotations",
  facesMtcnn: "MTCNN detections, not ground truth",
  findingFaces: "Finding faces with MTCNN…",
  shapesLabel: (level: string, sizes: string) => `${level} anchors ${sizes} px`,
  anchorCount: (level: string, step: string, n: string, cols: number, rows: number, shapes: number, pos: string, ign: string, neg: string) =>
    `${level} · ${step}: <b>${n}</b> anchors (${cols}×${rows} cells × ${shapes}) — <b class="pos">${pos}</b> positive, <b class="ign">${ign}</b> ignored, <b>${neg}</b> negative`,
  anchorLegend: (faces: string, source: string) =>
    `Blue: ${faces} faces (${source}). Green: positive anchors. Amber dashed: ignored. Dots: cells whose anchors are negative. Red, top left: this level's two anchor shapes.`,
  // imbalance
  labels: { positive: "positive", ignored: "ignored", negative: "negative" },
  anchorsPerImage: "anchors per image",
  imbalanceChart: "Mean anchors per WIDER training image by level: at both steps negatives outnumber positives by orders of magnitude, most on P2–P4.",
  stepThresholds: (step: string, positive: number, negative: number) => `${step} (${positive} / ${negative})`,
  imbalanceTableName: "Class imbalance at each step",
  imbalanceTable: {
    step: "step",
    positives: "positives / image",
    median: "median",
    ignored: "ignored / image",
    negatives: "negatives / image",
    ratio: "negatives per positive",
    low: "positives on P2–P4",
    below: "faces below the threshold",
  },
  positivesAxis: "positive anchors in the image",
  images: "images",
  positivesChart: "Histogram of WIDER training images by their number of positive anchors, for step one and step two.",
  // best IoU
  bestIouCurves: ["best IoU ≥ 0.7 (step one)", "best IoU ≥ 0.5 (step two)", "mean best IoU"],
  faceSizeAxis: "face size √(w·h), px",
  bestIouAxis: "share of faces / IoU",
  bestIouChart:
    "Share of WIDER training faces whose best anchor reaches IoU 0.7 and 0.5, and the mean best IoU, by face size; both fall off below 8 px and above 362 px.",
  // RFE
  rfeTableName: "Receptive field of each RFE branch through the head, by level",
  rfeLevel: "level",
  rfeAria:
    "RetinaNet's subnet is four 3×3 convolutions; SRN's is 3×3, RFE, 3×3. The RFE block: four branches of 1×1, then 1×5, 5×1, 1×3 or 3×1, then 1×1; concatenated, mixed by a 1×1 and added to the input.",
  rfeInput: "input: 256 channels",
  rfeField: (h: number, w: number) => `field ${h}×${w} cells`,
  rfeHead: (h: number, w: number) => `head ${h}×${w}`,
  rfeConcat: "concatenate (4×64) → 1×1 → 256",
  rfeResidual: "+ the input (residual)",
  rfePredict: "predict",
  rfeRetina: "RetinaNet subnet",
  rfeSrn: "SRN subnet",
  rfeOpened: "the RFE block, opened:",
  // focal loss
  ceCurve: "cross-entropy",
  focalFace: (a: string) => `focal, face (α_t = ${a})`,
  focalBackground: (a: string) => `focal, background (α_t = ${a})`,
  ptAxis: "p_t, probability of the true class",
  lossAxis: "loss",
  focalChart: (alpha: number, gamma: number) =>
    `Loss against the probability of the true class: cross-entropy, and the focal loss for a face and for background at α = ${alpha}, γ = ${gamma}.`,
  // WIDER FACE statistics
  facesAxis: "faces",
  aspectAxis: "aspect ratio, height / width",
  faceSizeChart: "Histogram of WIDER FACE training faces by size, on a log scale, with dashed lines at 8 and 362 px.",
  faceAspectChart:
    "Histogram of WIDER FACE training faces by aspect ratio, height over width; faces beyond 2:1 either way in red, the anchors' 1.25 as a green line.",
  /** The records' bucket labels, as shown. */
  widerBuckets: {
    "< 16 px": "< 16 px",
    "16–32 px": "16–32 px",
    "32–64 px": "32–64 px",
    "≥ 64 px": "≥ 64 px",
    "no occlusion": "no occlusion",
    "partial occlusion": "partial occlusion",
    "heavy occlusion": "heavy occlusion",
    "typical pose": "typical pose",
    "atypical pose": "atypical pose",
    clear: "no blur",
    "normal blur": "normal blur",
    "heavy blur": "heavy blur",
  } as Record<string, string>,
  widerAttributes: { occlusion: "occlusion", pose: "pose", blur: "blur" } as Record<string, string>,
  recallAxis: "recall (%)",
  precisionAxis: "precision (%)",
  widerPrChart: (ap: string) =>
    `Precision against recall on 437 WIDER FACE training images: MTCNN (thick line, AP ${ap}) and six other detectors (thin lines).`,
  widerSizeChart: (small: string, large: string) =>
    `MTCNN's recall by face size as bars, from ${small} below 16 px to ${large} at 64 px and above; the other detectors' recall as dots.`,
  widerAttributeChart: "MTCNN's recall by occlusion, pose and blur: lower for occluded, atypically posed and heavily blurred faces.",
  detectorTableName: "Every detector on the same WIDER FACE images",
  detectorTable: {
    detector: "detector",
    widerTrain: "trained on WIDER FACE train",
    ap: "AP",
    recall: "recall",
    precision: "precision",
    small: "recall < 16 px",
    yes: "yes",
    no: "no",
    notStated: "not stated",
  },
  // exercises
  tryAnchors: {
    question: "The input grows from 1024 × 1024 to 2048 × 2048. How many anchors does SRN tile then?",
    action: "Move the input-size slider under “The architecture” to 2048 and read the total under the table.",
    choices: ["about twice as many", "about four times as many", "about eight times as many"],
    explain: (a: string, b: string, r: string, size: number, n: string) =>
      `${a} anchors at 1024 px, ${b} at 2048 px: ${r}×. Doubling the side doubles the rows and the columns of every level. At the slider's ${size} px: ${n}.`,
  },
  tryShare: {
    question: "Does the share of anchors on P2–P4 change with the input size?",
    action: "Move the input-size slider and watch the share above (and the last column of the table).",
    choices: ["it rises for larger inputs", "it falls for larger inputs", "it stays at about 98.5 %"],
    sizeShare: (n: number, share: string) => `${n} px: ${share}`,
    explain: (list: string) =>
      `${list}. Every level is a quarter of the one below whatever the size; only the rounding up of odd map sizes moves the last digit.`,
  },
  trySmall: {
    question: "A face smaller than 16 px: how many positive anchors does it get, on average, at the step selected above?",
    action: "Pick the dancing crowd, try both steps, and look at the green boxes on P2 and P3.",
    choices: ["fewer than 2", "2 to 5", "more than 5"],
    loading: "the photo is still loading",
    noSmall: "This photo has no face under 16 px: pick the dancing crowd.",
    explain: (step: string, faces: number, mean: string, onlyBest: number, larger: number, largerMean: string) =>
      `At ${step}, the ${faces} faces under 16 px get ${mean} positive anchors each on average (${onlyBest} of them only through the best-anchor rule); the ${larger} larger faces get ${largerMean}. A small face overlaps few anchors, and an offset of a few pixels already costs it most of its IoU.`,
  },
  tryWiderSize: {
    question: "On these WIDER FACE images, which face size does MTCNN find least often?",
    action: "Predict, then read the bars of the chart above.",
    noData: "The record has no size buckets.",
    explain: (low: string, recall: string, found: number, faces: number, high: string, highRecall: string) =>
      `${low}: MTCNN finds ${recall} of these faces (${found} of ${faces}), against ${highRecall} at ${high}. At min face 20 its smallest window covers a 20 px face: a much smaller face rarely scores, and its box must still overlap it with IoU ≥ 0.5.`,
  },
  tryFocal: {
    question: "An easy background anchor has p_t = 0.9. At γ = 2 and α = 0.25, what weight does the focal loss give it, compared with cross-entropy?",
    action: "Set γ = 2 and α = 0.25 (the defaults), then check; try γ = 0 and γ = 5 too.",
    choices: ["about 1/10", "about 1/130", "about 1/1,000"],
    explain: (gamma: number, alpha: number, oneMinusAlpha: string, power: string, w: string, r: string) =>
      `At γ = ${gamma}, α = ${alpha}: (1 − α)·(1 − 0.9)^γ = ${oneMinusAlpha} × ${power} = ${w}, i.e. 1/${r} of its cross-entropy. γ does most of the work: each unit of γ divides the weight by 10 at p_t = 0.9.`,
  },
};
