// UI text of the performance page's components; ../zh/performance.ts has the same keys (tsc checks it).
// Figures are formatted before they reach these functions (ms, ×, s): the table only places them.
export const performance = {
  // notYet: "Not measured yet: <what> (`command` measures it)."
  notYetBefore: (what: string) => `Not measured yet: ${what} (`,
  notYetAfter: " measures it).",
  notYetWhat: {
    browserRace: "the browser race",
    visitorWasm: "facelab's wasm time on the 640×480 crops",
    visitorFaceApi: "face-api.js on the 640×480 crops",
    roofline: "the roofline",
    fused: "the fused layers",
    loops: "the cpu loops",
    glKernels: "facelab's WebGL programs against tfjs's kernels",
    batching: "the batching ablation",
    embedNode: "the embedder race in Node",
    embedBrowser: "the embedder race in Chromium",
    mtcnnNode: "MTCNN in Node",
    lfw: "LFW throughput",
    cold: "cold load",
  },

  // measuredOn: one line of date, machine and versions
  measuredAt: (stamp: string) => `measured ${stamp} UTC`,
  utc: (stamp: string) => `${stamp} UTC`,
  cpuCores: (cpu: string, n: number) => `${cpu}, ${n} cores`,
  loadWhenWritten: (load: string) => `load average ${load} when written`,
  loadBeforeAfter: (before: string, after: string) => `load average ${before} before, ${after} after`,
  rowsFromRuns: (n: number, runs: string) => `rows from ${n} runs: ${runs}`,
  rowsMergedFrom: (n: number, runs: string) => `rows merged from ${n} runs: ${runs}`,
  /** Between two sentences of one line (Chinese runs them on without a space). */
  sentenceJoin: " ",
  sentence: (text: string) => `${text}.`,
  listSep: ", ",

  // photo sets and stages, as the charts name them
  sets: { crop: "640×480 crops", crop8: "the first 8 crops", full: "full size", fullSmall: "full size ≤ 1 MP" } as Record<string, string>,
  setText: {
    crop: "640×480 centre crops of the test photos that come with dlib, facenet, facenet-pytorch and the original MTCNN (recall counts the reference faces whose centre falls inside the crop and that are at least 20 px there)",
    crop8: "the first 8 of those crops",
    full: "the same photos at full size",
    fullSmall: "those full-size photos that have at most a megapixel",
  } as Record<string, string>,
  otherSet: "another set of photos",
  setsUnknown: "not known yet",
  /** One photo set and what it is, in the list under the first chart. */
  setEntry: (name: string, text: string) => `"${name}": ${text}`,
  setSep: "; ",
  stages: { prepare: "prepare (normalise)", pnet: "P-Net (pyramid)", rnet: "R-Net", onet: "O-Net" } as Record<string, string>,

  // the races in Chromium
  roundsPerRace: (list: string) => `Timed rounds per race: ${list}.`,
  axisMedianPerPhoto: "median ms per photo →",
  axisRatio: "facelab's time ÷ face-api.js's →",
  ruleTarget: "target 0.5×",
  ruleSameSpeed: "same speed",
  axisFirstCall: "first detection, ms →",
  agreementHead: ["backend · photos", "photos", "facelab faces", "face-api.js faces", "matched (IoU ≥ 0.5)", "F1", "recall of the reference"],
  recallOf: (facelab: string, faceApi: string) => `facelab ${facelab}, face-api.js ${faceApi}`,
  notRaced: (list: string) => `Not raced: ${list}.`,
  notRacedEntry: (race: string, why: string) => `${race} (${why})`,
  /** The benchmark's reason when face-api.js's tfjs cannot run a backend (bench/mtcnnBrowser.ts writes it in English). */
  noSuchBackend: "face-api.js (tfjs-core 1.7) has no such backend registered",
  unavailable: "unavailable",

  // what a visitor gets by default
  visitorOurs: "facelab · wasm (default)",
  visitorTheirs: (backend: string, fastest: boolean) => `face-api.js · ${backend}${fastest ? " (fastest)" : ""}`,
  axisOwnBackend: "median ms per photo, each on its own backend →",
  notCompared: (wasmPhotos: number, theirs: string) =>
    `Not compared: facelab's wasm figure covers ${wasmPhotos} photos, face-api.js's races ${theirs}; a median over other photos would be no comparison.`,
  /** HTML: the ratio is already formatted. */
  visitorVerdict: (ratio: string, backend: string, slower: string | null, photos: number) =>
    `facelab on wasm takes <strong>${ratio}</strong> the time of face-api.js on ${backend}, its fastest backend here${slower ? ` (face-api.js takes ${slower} times as long)` : ""}, over the same ${photos} photos.`,
  /** HTML. */
  wasmFromBatching:
    "Where facelab's wasm figure comes from: the wasm run of the batching ablation below, its <em>whole-batch</em> side — what facelab's default <code>batching: \"auto\"</code> does on wasm — timed like the race above (warm-up apart, interleaved rounds, median over photos and rounds), but raced against facelab itself, not against face-api.js.",
  /** HTML. */
  wasmFromRoofline:
    "Where facelab's wasm figure comes from: the wasm roofline run below: each photo's median total over 3 traces after a warm-up (tracing also reads back each stage's intermediate results, so it can only be slower than a plain detection), and the median over the photos.",

  // the roofline
  rooflineHeading: (backend: string, photos: number, set: string) => `${backend}, ${photos} photos (${set})`,
  axisGflops: "achieved GFLOP/s →",
  rooflineLabel: (gflops: string, percent: string) => `${gflops} GFLOP/s · ${percent}% of matmul`,
  roofRule: (gflops: string, ownLoops: boolean) => `matmul ${gflops} GFLOP/s${ownLoops ? " (facelab's loops)" : ""}`,
  stageWork: (stage: string, gflop: string, time: string) => `${stage}: ${gflop} GFLOP in ${time}`,
  roofMeasured: (n: number, byKernel: string | null) => ` — matmul roof measured at n = ${n}${byKernel ? ` (best GFLOP/s: ${byKernel})` : ""}.`,

  // fusing, and facelab's own loops
  fusedReps: (list: string) => `Medians of ${list}.`,
  repsOn: (reps: number, backend: string) => `${reps} repetitions on ${backend}`,
  axisFusedPerNet: "fused ÷ separate time, layers summed per net →",
  axisFusedPerLayer: "fused ÷ separate time, per layer →",
  ruleNoGain: "no gain",
  fusedByNet: (backend: string, list: string) => `${backend}, all layers of a net, separate → fused: ${list}.`,
  allLayers: (net: string) => `${net} (all layers)`,
  axisLoops: "facelab's loops ÷ tfjs's fused kernel, time →",

  // facelab's own WebGL programs
  seriesPrograms: "facelab's WebGL programs",
  seriesTfjsKernels: "tfjs's webgl kernels",
  axisGlKernels: "facelab's median ms per photo on WebGL →",
  /** HTML: one race's ratio and agreement, joined with `listSep`. */
  onRace: (ratio: string, race: string, f1: string) => `<strong>${ratio}</strong> on ${race} (same faces: F1 ${f1})`,
  glVerdict: (list: string) => `facelab's programs ÷ tfjs's kernels: ${list}.`,

  // fixed batch shapes
  seriesChunked: "power-of-two chunks",
  seriesWhole: "one whole batch",
  axisBatching: "facelab's median ms per photo →",
  batchingVerdict: (list: string) => `Chunks ÷ whole batch: ${list}.`,
  batchingNoWebgl:
    "No WebGL run yet, where chunking is meant to pay. On wasm the chunks are the control: where nothing compiles, what differs is the smaller batches, and noise.",
  batchingAboveOne:
    "Above 1 on WebGL means chunking cost time here. In timed rounds every photo has been seen before, so its whole-batch shaders are already compiled and the chunks only add more, smaller draws; what chunking saves — compiling for a batch size never seen — happens in the warm-up, which these medians leave out.",
  batchingFirstSight: (photos: number, chunked: string, whole: string) =>
    `First sight — the warm-up round after the first photo (${photos} photos), where the chunked side runs every photo first and so also pays for compiling P-Net's shaders: ${chunked} in chunks, ${whole} in whole batches.`,

  // the embedder race
  embedHeading: (where: string, backend: string, faces: number, rounds: number) => `${where}, ${backend} backend — ${faces} faces, ${rounds} rounds`,
  axisPerFace: "median ms per face →",
  oneAtATime: "one face at a time",
  oneBatch: "all faces in one batch",
  /** HTML. */
  embedVerdict: (single: string, batched: string, oursFirst: string, theirsFirst: string) =>
    `Ratio facelab ÷ @vladmandic/face-api: <strong>${single}</strong> one at a time, <strong>${batched}</strong> batched. First calls (warm-up, ms per face): facelab ${oursFirst}, @vladmandic/face-api ${theirsFirst}.`,

  // MTCNN in Node
  nodeReps: (photos: number, reps: number) => `${photos} photos at 640×480, ${reps} repetitions each.`,
  nodeHeading: (backend: string, total: string, first: string) => `${backend}: ${total} per photo in total, first call ${first}`,
  nodeGap: (slow: string, factor: string, fast: string) =>
    `On this machine, ${slow} takes ${factor} times as long as ${fast}: wasm runs compiled, vectorised kernels, cpu plain JavaScript (for MTCNN's layers, facelab's own loops above).`,

  // LFW throughput
  lfwRun: (backend: string, images: number, rounds: number, load: string, cores: number | string) =>
    `${backend} backend, first ${images} photos of deep-funnelled LFW, ${rounds} round${rounds === 1 ? "" : "s"} per worker count; load average ${load} before the run, on ${cores} cores.`,
  perSecond: (x: string) => `${x} img/s`,
  workers: (w: string) => `${w} worker${w === "1" ? "" : "s"}`,
  workersRate: (workers: string, rate: string) => `${workers} ${rate}`,
  axisPerSecond: "median images per second →",
  ruleTwiceOne: "twice 1 worker",
  /** HTML. */
  lfwSpeedup: (ofMedians: string, min: string, max: string, medians: string) =>
    `Speed-up of 2 workers over 1: <strong>${ofMedians}</strong> (ratio of the medians; each round's own: ${min} to ${max}). Medians: ${medians}.`,
  lfwStartupIntro: "Start-up of each pool, until its last worker was ready:",
  axisStartup: "median start-up, s →",

  // cold load
  coldRuns: (runs: number) => `Medians of ${runs} run${runs === 1 ? "" : "s"}.`,
  seriesCold: "cold (empty cache)",
  seriesWarm: "warm (reload)",
  milestones: {
    domContentLoaded: "DOMContentLoaded",
    firstContentfulPaint: "first contentful paint",
    modelReady: "detector ready",
    detectionComputed: "first detection computed",
    firstDetection: "first detection on screen",
  } as Record<string, string>,
  axisAfterNavigation: "median s after navigation start →",
  loadHead: ["load", "first detection", "requests", "from the HTTP cache", "transferred"],
  /** HTML. */
  coldVerdict: (ratio: string) =>
    `The reload shows its first face in <strong>${ratio}</strong> the time of the cold load. Requests and bytes are counted until the first detection; a revalidated file (a 304) counts as a request of a few hundred bytes.`,

  // the live race
  samples: { portrait: "Portrait", group: "Group photo", noFace: "No face", hopkins1: "Anthony Hopkins 1", hopkins2: "Anthony Hopkins 2" },
  raceBackend: "backend",
  racePhotos: "photos",
  raceRounds: "timed rounds",
  runRace: "Run the race",
  raceIdle: "Choose a backend and press “Run the race”: each library’s median per photo appears here.",
  raceLoading: "Loading the photos, facelab and face-api.js…",
  facelabCannotStart: (backend: string) => `facelab's tfjs cannot start ${backend} in this browser`,
  faceApiCannotStart: (version: string, backend: string) => `face-api.js's tfjs ${version} cannot start ${backend} in this browser`,
  faceApiNotLoaded: (url: string) => `face-api.js did not load from ${url} (missing file, or blocked by the Content-Security-Policy)`,
  racing: (backend: string, rounds: number, photos: number) =>
    `Racing on ${backend}: a warm-up round each, then ${rounds} timed ${rounds === 1 ? "round" : "rounds"} of ${photos} ${photos === 1 ? "photo" : "photos"}…`,
  raceDone: (backend: string, tfjs: string, peerTfjs: string) => `Done on ${backend} (facelab on tfjs ${tfjs}, face-api.js on its tfjs-core ${peerTfjs}).`,
  /** The word before the ratio in the summary ("ratio 0.45×"); the every-page test looks for it. */
  ratioWord: "ratio",
  /** HTML; `ratio` is the whole `<strong class="live-race-ratio">`, `agreement` the `<span class="live-race-agreement">`. */
  raceSummary: (
    ours: string,
    theirs: string,
    ratioWord: string,
    ratio: string,
    oursFirst: string,
    theirsFirst: string,
    agreement: string,
    oursFaces: number,
    theirsFaces: number,
  ) =>
    `facelab <strong>${ours}</strong>, face-api.js <strong>${theirs}</strong> per photo (medians) — ${ratioWord} ${ratio}. First call: facelab ${oursFirst}, face-api.js ${theirsFirst} (not in the medians). Agreement: ${agreement} of facelab's ${oursFaces} and face-api.js's ${theirsFaces}.`,
  matchedFaces: (n: number) => `${n} ${n === 1 ? "face" : "faces"} matched at IoU ≥ 0.5`,
  medianPerPhoto: "median per photo",
  axisRaceMs: "ms per photo →",
};
