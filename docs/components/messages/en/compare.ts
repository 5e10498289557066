// UI text of the compare page's components; ../zh/compare.ts has the same keys (tsc checks it).
export const compare = {
  // the sample photos (their ids, in the address, are the same in both editions)
  samples: { "hopkins-1": "Anthony Hopkins 1", "hopkins-2": "Anthony Hopkins 2", group: "Group photo", portrait: "Portrait" },
  // facesOf, largestFaces
  findingFaces: (name: string) => `Finding faces in ${name}…`,
  embedding: (name: string, i: number, n: number) => `Embedding ${name} (${i} of ${n})…`,
  // facePicker (also on the database page)
  noFace: (name: string) => `No face found in ${name}. Try another photo.`,
  oneFace: "The aligned face the network sees:",
  chooseFace: (n: number) => `${n} faces — choose one:`,
  faceTitle: (i: number, score: string) => `face ${i}, detection score ${score}`,
  // verdict
  choosePhotos: "Choose two photos with a face each.",
  distance: "Distance ",
  same: "the same person",
  different: "different people",
  verdict: (same: string, threshold: string) => ` — ${same} (threshold ${threshold}).`,
  // verdictSource
  sourcePrecomputed: (date: string) => `Precomputed with the same networks on ${date}; they are loading to compute it again in this tab…`,
  sourceLive: (recorded: string | null) => `Computed live in this tab${recorded === null ? "." : ` (precomputed with the same networks: ${recorded}).`}`,
  // pairHistogram
  histogramY: "LFW pairs",
  histogramX: "distance between unit embeddings",
  yourPair: "your pair",
  histogramDescription: (threshold: string, distance: string | null) =>
    `Histogram of the distances of LFW's 6,000 test pairs: same-person pairs mostly below the threshold ${threshold}, different-person pairs above it${distance === null ? "" : `; your pair is at ${distance}`}.`,
  // exercise: group photo
  groupQuestion: "Is any face of the group photo closer than the threshold to Anthony Hopkins?",
  groupAction: "Keep Anthony Hopkins 1 as photo A, choose “Group photo” as photo B, then check.",
  yesNo: { yes: "yes", no: "no" },
  chooseGroupFirst: "choose Group photo as photo B first",
  noFaceA: "photo A has no face yet",
  noFaceB: "photo B has no face yet",
  groupExplain: (n: number, best: number, d: string, others: string, threshold: string, yes: boolean) =>
    `The closest of the ${n} faces in photo B is face ${best}, at ${d}; the others are at ${others}. The threshold is ${threshold}, so ${yes ? "that face would be taken for the same person" : "every face is judged a different person"}.`,
  // the distance matrix
  photosLabel: "Photos",
  matrixLegend: "distance (pivot: the LFW threshold)",
  matrixDescription: (n: number, threshold: string) =>
    `Distance matrix of ${n} faces, coloured around the threshold ${threshold}: green cells are closer than the threshold, red farther.`,
  leftOut: (reasons: string) => `Left out: ${reasons}.`,
  noFaceLeftOut: (n: number) => `${n} photo(s) had no face and are left out.`,
  matrixQuestion: "Twelve photos of twelve different people: how many pairs will fall under the threshold?",
  matrixAction: "Read the matrix above (cells below the threshold are green), then check.",
  matrixChoices: { none: "none", few: "1–2", many: "3 or more" },
  matrixNeedsTwo: "the matrix needs two faces",
  matrixExplain: (under: number, pairs: number, threshold: string, a: string, b: string, d: string) =>
    `${under} of the ${pairs} pairs are under ${threshold}. The closest pair is ${a} – ${b} at ${d}.`,
  matrixAllAbove: " With one photo per person, every cell off the diagonal should be above the threshold — and here it is.",
};
