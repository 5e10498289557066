// UI text of the mtcnn page's components; ../zh/mtcnn.ts has the same keys (tsc checks it).
const nets = { pnet: "P-Net", rnet: "R-Net", onet: "O-Net" };

export const mtcnn = {
  // controls bar and sample photos (the address keeps the English sample name as the photo's id)
  samples: { "Group photo": "Group photo", Portrait: "Portrait", "No face": "No face" } as Record<string, string>,
  maxSideLabel: "largest photo detected",
  maxSideWhole: "whole up to 12.2 MP (256 MiB)",
  maxSideCap: (px: string) => `long side ≤ ${px} px`,
  backendLabel: "tfjs backend",
  minFaceLabel: "min face size (px)",
  scaleFactorLabel: "scale factor",
  cropsLabel: "R-Net/O-Net crops",
  loadingPhoto: "Loading the photo…",
  starting: (backend: string) => `Starting ${backend} and loading the weights…`,
  fellBack: (wanted: string, used: string) => `${wanted} is not available in this browser; using ${used}.`,
  detecting: (backend: string) => `Detecting on ${backend}…`,
  preparingShaders: "Loading the weights and preparing the WebGL shaders…",
  // detection summary: `${faces(n)}${inPhoto(name)}${summaryRest(…)}`
  faces: (n: number) => `${n} ${n === 1 ? "face" : "faces"}`,
  summaryBefore: (_photo: string) => "",
  inPhoto: (photo: string) => ` in ${photo}`,
  summaryRest: (size: string, reduced: string, ms: string, backend: string, levels: number, reads: number) =>
    ` (${size}${reduced}) — ${ms} ms${mtcnn.onBackend(backend)}, ${levels} pyramid levels, ${reads} reads from the backend.`,
  /** The summary's backend part, for tests: " on wasm". */
  onBackend: (backend: string) => ` on ${backend}`,
  reducedOn: (ratio: string, size: string) => `, detected on a ${ratio} copy, ${size}`,
  /** The summary's opening as plain text, for tests: "6 faces in Group photo". */
  facesIn: (n: number, photo: string) => `${n} ${n === 1 ? "face" : "faces"} in ${photo}`,
  // the cascade at a glance
  stageCountsName: "Windows passed on by each stage",
  stageHeader: "stage",
  boxesHeader: "boxes",
  stageRows: [
    "P-Net windows at or above threshold",
    "… after NMS within each scale",
    "… after NMS across scales → R-Net",
    "R-Net above threshold",
    "… after NMS → O-Net",
    "O-Net above threshold",
    "… after NMS (min) = faces",
  ],
  // pyramid
  pyramidSummary: (levels: number, size: string, min: number, scales: string) => `${levels} levels for ${size} with min face ${min} px: scales ${scales}.`,
  noLevel: "No level: the photo's shorter side is below the minimum face size.",
  noPhoto: "no photo detected yet",
  minFace: {
    question: "Raise the minimum face size from 20 to 40 px: how does P-Net's work on this photo change?",
    action: "Move the “min face size” slider at the top to 40 and watch the pyramid and the detection time.",
    choices: ["about twice the work", "about a quarter of the work", "about the same"],
    explain: (size: string, scale: number, a: number, aPx: string, b: number, bPx: string, pct: string) =>
      `For this ${size} photo at scale factor ${scale}: min face 20 px gives ${a} levels with ${aPx} pixels in all, 40 px gives ${b} levels with ${bPx} (${pct} %). The first level is scaled by 12/m, so doubling m halves both of its sides and quarters its pixels — and the first level holds about half of the whole pyramid. The price: faces between 20 and 40 px are no longer found.`,
  },
  scaleFactor: {
    question: "Raise the scale factor from 0.709 to 0.8: more or fewer pyramid levels?",
    action: "Move the “scale factor” slider to 0.8 and count the levels in the line above the pyramid.",
    choices: ["more", "fewer", "the same"],
    explain: (min: number, a: number, aPx: string, b: number, bPx: string) =>
      `At min face ${min} px: factor 0.709 gives ${a} levels (${aPx} pixels), 0.8 gives ${b} levels (${bPx}). A factor closer to 1 shrinks the image in smaller steps, so more levels fit before the shorter side drops under 12 px: face sizes between two levels are covered more finely, for more work.`,
  },
  // P-Net map
  levelLabel: "pyramid level",
  pnetThresholdLabel: "P-Net threshold",
  boxesLabel: "boxes",
  boxModes: { window: "window", regressed: "after regression" } as Record<string, string>,
  levelCaption: (index: number, scale: string, cols: number, rows: number) => `Level ${index}: scale ${scale}, map ${cols}×${rows} cells, `,
  levelWindows: (threshold: string, drawn: string) =>
    ` windows with p ≥ ${threshold}${drawn}. Each window's regression moves its edges by fractions of its size: switch to “after regression” to see them snap onto the faces.`,
  firstDrawn: (n: number) => ` (the first ${n} drawn)`,
  noLevelYet: "no pyramid level yet",
  pnetThreshold: {
    question: "Lower the P-Net threshold from 0.6 to 0.3: how many more windows pass at this level?",
    action: "Move the “P-Net threshold” slider to 0.3 and read the count under the map.",
    choices: ["a few more", "several times more", "none more"],
    explain: (level: number, a: number, b: number, ratio: string) =>
      `At level ${level}: ${a} windows at p ≥ 0.6, ${b} at p ≥ 0.3${ratio ? ` (× ${ratio})` : ""}. Each window that passes is one more box for NMS, R-Net and O-Net to handle: a low first threshold misses fewer faces but sends more work down the cascade, and R-Net must reject what P-Net let through.`,
  },
  // NMS
  nmsStages: {
    "P-Net, within the chosen level": "P-Net, within the chosen level",
    "P-Net, across levels": "P-Net, across levels",
    "after R-Net": "after R-Net",
    "after O-Net": "after O-Net",
  } as Record<string, string>,
  candidatesLabel: "candidates",
  overlapLabel: "overlap",
  thresholdLabel: "threshold",
  noCandidates: "no candidates yet",
  nmsLower: {
    question: "Lower the NMS threshold to 0.3: will more or fewer boxes survive this NMS?",
    action: "Move the “threshold” slider above the stepper to 0.3 and press “Run to end”; compare the kept count with the one at the detector's own threshold.",
    choices: ["more", "fewer", "the same"],
    explain: (n: number, stage: string, a: number, t: number, b: number, measure: string) =>
      `Of the ${n} candidates of “${stage}”, ${a} survive at ${t} and ${b} at 0.3 (${measure}). A lower threshold suppresses boxes that overlap the best one less, so fewer survive — too low, and two faces side by side start to suppress each other.`,
  },
  // NMS stepper
  stepper: {
    step: "Step",
    play: "Play",
    pause: "Pause",
    runToEnd: "Run to end",
    reset: "Reset",
    key: (label: string, symbol: string) => `${label} (key ${symbol})`,
    controls: "NMS stepper controls",
    best: (score: string) => `best ${score}`,
    canvas: (kept: number, remaining: number, suppressed: number | null) =>
      `The photo with ${kept} kept boxes, ${remaining} still in play${suppressed === null ? "" : `, and ${suppressed} suppressed by this step`}.`,
    rank: "rank",
    box: "box",
    score: "score",
    withBest: (measure: string) => `${measure} with best`,
    thisStep: "this step",
    pressStep: "Press Step: the highest-scoring box is kept and compared with every other box.",
    keptBest: "kept (best)",
    suppressedAbove: (t: number) => `suppressed (> ${t})`,
    stays: "stays",
    more: (n: number, gone: number, stay: number) => `… ${n} more lower-scoring boxes: ${gone} suppressed, ${stay} stay.`,
    iteration: (i: number) => `Iteration ${i} · `,
    kept: " kept · ",
    rest: (suppressed: number, n: number, measure: string, t: number) =>
      ` still in play · ${suppressed} suppressed by this step · ${n} candidates, ${measure} > ${t} suppresses`,
  },
  // R-Net / O-Net crops
  refineHeading: (name: string, crops: number, passed: number, threshold: number, out: string) =>
    `${name}: ${crops} crops, ${passed} above ${threshold}, ${out}`,
  afterNms: (n: number) => `${n} after NMS`,
  facesOut: (n: number) => `${n} ${n === 1 ? "face" : "faces"}`,
  fates: { kept: "kept", merged: "merged", rejected: "rejected" } as Record<string, string>,
  moreNotShown: (n: number) => `${n} more not shown.`,
  // the networks opened up
  countHeaders: ["network", "input, width × height (px)", "parameters", "multiply-adds", "FLOPs (2 × mult-adds)"],
  oneWindow: "one window",
  thisLevel: "this level",
  windowSharing: (windows: string, cols: number, rows: number, separately: string, together: string, ratio: string) =>
    `On this level P-Net scores ${windows} windows (${cols} × ${rows}). Cropped and run one by one, they would cost ${separately} multiply-adds; as one pass over the level, ${together} — ${ratio} times fewer, because overlapping windows share their convolutions. (Live, from the counts above.)`,
  networkLabel: "network",
  cropLabel: (net: string) => `${net} crop`,
  cropOption: (i: number, p: string) => `crop ${i}: p(face) ${p}`,
  pnetWholeLevel: (index: number, size: string) =>
    `P-Net runs on the whole pyramid level ${index} (${size} px): choose the level with the slider in section 2.`,
  noLevelLower: "This photo has no pyramid level: lower the min face size.",
  noCrop: (net: string) => `No crop reached ${net} on this photo: try another photo or a lower P-Net threshold.`,
  nothingOpen: "Nothing to open up yet: choose a photo with a face (and, for R-Net or O-Net, a crop), then press a layer in the diagram.",
  levelInput: (index: number, size: string, scale: string) => `pyramid level ${index} (${size} px, scale ${scale})`,
  levelWindow: (label: string, size: string, x: number, y: number) => `${label}, its ${size} window at (${x}, ${y}) around the best face`,
  cropInput: (i: number, n: number, net: string, p: string) => `crop ${i} of ${n}, which ${net} scored p(face) = ${p}`,
  // network diagram
  heads: { face: "face / not face", box: "box offsets", landmarks: "5 landmarks (x, y)" } as Record<string, string>,
  pool: (size: number, stride: number) => `${size}×${size} max-pool, stride ${stride}`,
  conv: (size: number, out: number) => `${size}×${size} conv → ${out}`,
  dense: (inputs: string, out: number) => `dense ${inputs} → ${out}`,
  inputBlock: "input · RGB image",
  onThisLevel: (shape: string) => `on this level: ${shape}`,
  noParameters: "no parameters",
  counts: (params: string, macs: string) => `${params} params · ${macs} mult-adds`,
  multAdds: (macs: string) => ` · ${macs} mult-adds`,
  out: (shape: string) => `out ${shape}`,
  layerByLayer: (net: string) => `${net}, layer by layer`,
  // feature maps and heads
  mapsCaption: (name: string, what: string, shape: string, min: string, max: string) =>
    `${name} (${what}) · ${shape} · min ${min}, max ${max} · computed live in your browser`,
  netSees: (label: string) => `what the net sees: ${label}`,
  theInput: (label: string) => `the input, ${label}`,
  sharedScale: "shared scale:",
  units: (n: number, name: string) => `${n} units of ${name}, 16 per row, coloured by value`,
  unitsGroup: (name: string, n: number) => `${name}: ${n} units`,
  unitsCaption: (n: number) => `${n} units, 16 per row`,
  channel: (name: string, k: number, n: number) => `${name} channel ${k} of ${n}`,
  channelsGroup: (name: string, n: number, size: string) => `${name}: ${n} channels of ${size}`,
  offsets: ["dx1 (left edge)", "dy1 (top edge)", "dx2 (right edge)", "dy2 (bottom edge)"],
  points: ["left eye", "right eye", "nose", "left mouth corner", "right mouth corner"],
  overlayLabel: "the level with each window's face probability painted in red at the window's centre",
  pnetFaceCaption: (name: string, h: number, w: number, best: string, row: number, col: number) =>
    `${name} (face probability, the softmax of its 2 channels) · ${h}×${w} windows of 12×12 px, 2 px apart · highest p(face) ${best}, at row ${row}, column ${col} · computed live`,
  pFace: "p(face):",
  pnetFaceGroup: "P-Net's face probability, over the level and as a map",
  over: (label: string) => `over ${label}`,
  probabilityMap: "face probability of every window, as a map",
  perWindow: "p(face) per window, one cell per window",
  faceSoftmax: "face / not face, softmax",
  cropAndP: "the crop and its face probability",
  cropP: (p: string) => `the crop, p(face) ${p}`,
  pBoth: (p: string, q: string) => `p(face) = ${p}, p(not face) = ${q}`,
  cropBox: "the crop with its regressed box",
  boxOffsetsCrop: "box offsets, as fractions of the crop's side",
  regressedOnCrop: "the regressed box on the crop",
  cropLandmarks: "the crop with its five predicted landmarks",
  landmarksWhat: "five landmarks: five x then five y, fractions of the crop",
  cropAndLandmarks: "the crop and its landmarks",
  boxOffsetsLevel: "box offsets per window, fractions of 12 px",
  offsetMapsGroup: "P-Net's four box-offset maps",
  offsetMap: (o: string) => `offset map ${o}`,
  listSep: ", ",
  // exercises on the networks
  mapSize: {
    question: "P-Net scores one 12×12 window per cell of its output map. How large is that map, compared with the pyramid level it runs on?",
    action: "Choose P-Net, press its face-probability head (conv4-1) and read the shapes; change the level with the slider in section 2.",
    choices: ["the same size as the level", "about half its width and height", "about a twelfth of its width and height"],
    noLevel: "This photo has no pyramid level: lower the min face size first.",
    explain: (w: number, h: number, mw: number, mh: number) =>
      `This level is ${w}×${h} px and P-Net's maps are ${mw}×${mh}. conv1 trims 2 px, the 2×2 pool halves, conv2 and conv3 trim 2 px each: ceil((${w} − 2) / 2) − 4 = ${mw}. The windows are 12 px wide but only 2 px apart, so neighbouring windows overlap by 10 px — a stride of 2, not of 12.`,
  },
  parameters: {
    question: "Which of O-Net's layers holds the most parameters?",
    action: "Choose O-Net and compare the layers' parameter counts in the diagram; then look at their multiply-adds.",
    choices: ["conv1", "conv2", "conv5 (the dense layer)", "the three heads"],
    dense: (units: number, shape: string, values: string) =>
      `: each of its ${units} units has a weight for every one of the ${shape} = ${values} values it reads`,
    explain: (
      name: string,
      params: string,
      total: string,
      share: string,
      dense: string,
      macShare: string,
      busiest: string,
      busiestMacs: string,
      busiestShare: string,
      positions: string,
    ) =>
      `${name} holds ${params} of O-Net's ${total} parameters (${share})${dense}. Yet it does only ${macShare} of the multiply-adds — ${busiest} does the most (${busiestMacs}, ${busiestShare}), because its few 3×3 kernels are applied at every one of ${positions} positions. Dense layers cost memory, early convolutions cost time.`,
  },
  // hard mining
  shareKeptLabel: "share kept",
  batchPlaceholder: "The batch appears once the photo is detected.",
  miningX: "samples of the batch, hardest first →",
  miningY: "↑ cross-entropy loss (log scale)",
  keptHard: "kept (hard)",
  ignoredEasy: "ignored (easy)",
  positive: "positive",
  negative: "negative",
  sampleTitle: (label: string, p: string, loss: string) => `${label}, p(face) = ${p}, loss ${loss}`,
  keptHardest: (cut: number, n: number, pct: number) => `kept: the hardest ${cut} of ${n} (${pct} %)`,
  miningDescription: (n: number, top: string, bottom: string, cut: number) =>
    `Bar chart of the ${n} losses of the batch, hardest first, from ${top} down to ${bottom}; the hardest ${cut} are kept for back-propagation.`,
  miningKept: "Kept: ",
  keptOf: (k: number, n: number, pct: number) => `${k} of ${n} (${pct} %)`,
  meanBatch: ". Mean loss of the whole batch: ",
  meanKept: "; of the kept: ",
  positivesKept: (k: number, n: number) => `. Positives (face windows) among the kept: ${k} of ${n} in the batch.`,
  noBatch: "no batch yet",
  miningShare: {
    question: "Keep 100 % instead of 70 %: does the mean loss of the samples that train the network go up or down?",
    action: "Move the “share kept” slider to 1 and read the two means under the chart.",
    choices: ["up", "down", "stays the same"],
    explain: (a: string, b: string) =>
      `Mean loss of the kept samples: ${a} at 70 %, ${b} at 100 %. Keeping everything adds the easy windows, whose loss is near 0: they dilute the gradient. Hard mining spends each update on the samples the network still gets wrong.`,
  },
  // Table I and the live timing
  paperHeaders: ["group", "network", "300 forward passes", "validation accuracy"],
  group: (n: number) => `Group ${n}`,
  liNet: (name: string) => `${name} (Li et al. 2015)`,
  paperCaption: "Quoted: Zhang et al. 2016, Table I — speed and validation accuracy of MTCNN's networks and the earlier ones of Li et al. 2015",
  runTiming: "Run 300 forward passes",
  timingColumns: { network: "network", input: "input", measured: "measured live (s)", quoted: "quoted: paper Table I (s)" },
  timingName: "300 forward passes: measured live and quoted",
  timingSource: (backend: string) =>
    `Measured live just now in your browser on ${backend}: 300 passes one after another, after one warm-up pass, on random pixels (the values do not change the time). Quoted: Zhang et al. 2016, Table I.`,
  timingPlaceholder: (backend: string) =>
    `Press the button to measure live on ${backend} (takes a few seconds). The measured seconds will appear beside the paper's quoted ones: P-Net 0.031 s, R-Net 0.458 s, O-Net 1.347 s for 300 passes (Table I).`,
  nets,
};
