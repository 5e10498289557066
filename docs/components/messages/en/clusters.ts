// UI text of the clusters page's components; ../zh/clusters.ts has the same keys (tsc checks it).
export const clusters = {
  // the live map's choice of faces
  minImages: "people with at least … photos",
  perPerson: "at most … photos each",
  // liveTsne
  play: "▶ Play",
  pause: "❚❚ Pause",
  step: "Step ×10",
  restart: "↺ Restart",
  perplexity: "perplexity",
  learningRate: "learning rate",
  exaggeration: "exaggeration",
  randomStart: "random start",
  highlightPrompt: "highlight a person…",
  highlightPerson: "highlight a person",
  drawAs: "draw the map as",
  modeFaces: "faces",
  modeDots: "dots",
  starting: "starting t-SNE: measuring each face's neighbours…",
  computingP: (perplexity: string, done: number, total: number) => `computing P (perplexity ${perplexity}): ${done} / ${total} faces`,
  iteration: "iteration",
  facesOfPeople: (n: number, people: number) => `${n} faces of ${people} people`,
  perSecond: (rate: string) => `${rate} iterations/s`,
  liveMapLabel: (n: number, people: number) => `t-SNE map of ${n} faces of ${people} people; the person menu above highlights one`,
  // faceMap
  mapOfFaces: "map of faces",
  mapWithKeys: (label: string) => `${label}. Keys: + and − zoom, arrows pan, 0 resets.`,
  noise: "noise",
  cluster: (k: number) => `cluster ${k}`,
  // tsneRunner
  workerError: (message: string) => `t-SNE worker: ${message}`,
  workerFailed: (message: string) => `t-SNE worker failed to run: ${message}`,
  loadError: "load error",
  // the whole of LFW
  findPerson: "find a person",
  findPlaceholder: "e.g. Serena Williams",
  fullMapLabel: (n: number) => `t-SNE map of all ${n} LFW faces; the "find a person" field above highlights one person's photos`,
  // 3-D
  status3dWaiting: "3-D t-SNE: starts when you scroll here",
  status3dP: (done: number, total: number) => `3-D t-SNE: computing P, ${done} / ${total} faces`,
  status3dIteration: (iteration: number, total: number) => `3-D t-SNE: iteration ${iteration} / ${total}`,
  status3dDone: (n: number, total: number) => `3-D t-SNE: ${n} faces, ${total} iterations`,
  // lessons
  perplexityCaption: (p: number) => `perplexity ${p}`,
  iterationCaption: (i: number) => `iteration ${i}`,
  startsWhenScrolled: "starts when scrolled to",
  queued: "queued",
  running: "running",
  lessonLabel: (caption: string, n: number, people: number) => `${caption}: t-SNE map of ${n} faces of ${people} people`,
  lessonFailed: (err: string) => `t-SNE lesson failed: ${err}`,
  tightnessWaiting: "the maps start when you scroll to them, one after another",
  tightnessItem: (p: number) => `perplexity ${p}: `,
  // try this: perplexity
  tightQuestion: "At perplexity 5 or at 50: where are each person's faces packed more tightly?",
  tightAction: "Wait for the perplexity 5 and 50 maps above, look at them, then check (the answer measures both maps).",
  tighterAt: (p: number) => `tighter at ${p}`,
  aboutSame: "about the same",
  tightList: (items: [number, string][]) => items.map(([p, v]) => `${p}: ${v}`).join(", "),
  mapRunning: (p: number) => `the perplexity ${p} map is still running`,
  tightExplain: (all: string, a: string, low: number, b: string, high: number, tightest: number) =>
    `Each person's spread divided by the whole map's, measured on the maps above (perplexity: spread) — ${all}. ${a} at ${low} against ${b} at ${high}; the tightest map is at perplexity ${tightest}. Too low a perplexity splits a person into clumps that land apart; too high a one lets other people's faces count as neighbours until the islands melt into one cloud.`,
  // spreads and pairs
  waitingForMap: "Waiting for the live map above to produce its first layout…",
  spreadX: "spread in 128-D (relative)",
  spreadY: "spread on the map (relative, log scale)",
  photosOf: (name: string, count: number) => `${name} (${count} photos)`,
  spreadDescription: (n: number, r: string) => `Each of ${n} people: spread of their faces in 128-D against on the live map; correlation ${r}.`,
  pairX: "distance between two people's centroids, 128-D (relative)",
  pairY: "on the map (relative)",
  pairDescription: (n: number, r: string) =>
    `Each of ${n} pairs of people: distance between their average faces in 128-D against on the live map; correlation ${r}.`,
  atIteration: (i: number) => ` (map at iteration ${i})`,
  // try this: farthest pair
  farQuestion: "The two people farthest apart on the live map: are they also the farthest apart in 128-D?",
  farAction: "Let the live map settle, then check; change its random start, let it settle again and check again.",
  yes: "yes",
  no: "no",
  noLayout: "the live map has no layout yet",
  farExplain: (a: string, b: string, rank: number, pairs: number) =>
    `On the map, ${a} and ${b} are the farthest apart; in 128-D their distance ranks ${rank} of ${pairs} pairs. t-SNE keeps neighbours, not the distances between far-apart islands.`,
  // clustering
  cwThreshold: "Chinese whispers threshold",
  dbscanEps: "DBSCAN eps",
  dbscanMinPts: "DBSCAN minPts",
  chineseWhispers: "Chinese whispers",
  dbscan: "DBSCAN",
  cwSetting: (t: number) => `threshold ${t}`,
  dbSetting: (eps: number, minPts: number) => `eps ${eps}, minPts ${minPts}`,
  columns: { method: "method", setting: "setting", clusters: "clusters", noise: "noise", purity: "purity", ARI: "ARI" },
  // try this: eps
  epsQuestion: "Raise DBSCAN's eps from 0.30 to 0.45: more groups or fewer?",
  epsAction: "Move the DBSCAN eps slider to 0.45 and read the clusters column.",
  moreGroups: "more groups",
  fewerGroups: "fewer groups",
  theSame: "the same",
  groups: (k: number) => `${k} group${k === 1 ? "" : "s"}`,
  epsExplain: (from: number, groupsA: string, noiseA: number, to: number, groupsB: string, noiseB: number, minPts: number) =>
    `At eps ${from}: ${groupsA} and ${noiseA} noise faces; at eps ${to}: ${groupsB} and ${noiseB} noise faces (minPts ${minPts}). A larger eps first turns noise into groups, then chains groups into each other until different people merge.`,
  // the cluster maps
  cwMapLabel: "the live map coloured by Chinese whispers group",
  dbMapLabel: "the live map coloured by DBSCAN group, noise in grey",
};
