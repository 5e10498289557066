// UI text of the facenet page's components; ../zh/facenet.ts has the same keys (tsc checks it).
export const facenet = {
  // facenetPipeline (Schroff et al. 2015, Figure 2)
  pipeline: {
    steps: [
      { title: "Batch", detail: "face thumbnails" },
      { title: "Deep architecture", detail: "CNN (NN1 … NNS2)" },
      { title: "L2 normalisation", detail: "‖f(x)‖₂ = 1" },
      { title: "Embedding", detail: "f(x) ∈ ℝ¹²⁸" },
      { title: "Triplet loss", detail: "training only" },
    ],
    testTime: "at test time: image → embedding",
    description: (steps: string[]) => `FaceNet's model structure (Schroff et al. 2015, Figure 2): ${steps.join(", then ")}.`,
    step: (title: string, detail: string) => `${title} (${detail})`,
  },
  // tripletExplorer
  marginLabel: "margin α",
  explorerLabel: "Triplet explorer: three points on the unit circle",
  pointNames: { anchor: "anchor", positive: "positive", negative: "negative" },
  pointLetters: { anchor: "A", positive: "P", negative: "N" },
  pointLabel: (name: string) => `${name} point (arrow keys move it round the circle)`,
  pointValue: (name: string, deg: number, kind: string, loss: string) => `${name} at ${deg}°; triplet ${kind}, loss ${loss}`,
  kinds: { easy: "easy", "semi-hard": "semi-hard", hard: "hard" },
  loss: "loss",
  // exercise: hard loss
  hardLossQuestion: "Make the triplet hard — the negative closer to the anchor than the positive. What will the loss be?",
  hardLossAction: "Drag N (or focus it and use the arrow keys) inside the red ring, then check.",
  hardLossChoices: { zero: "0", between: "between 0 and α", more: "more than α" },
  lossFigures: (dp: string, dn: string, alpha: number, loss: string) =>
    `‖a−p‖² = ${dp}, ‖a−n‖² = ${dn}, α = ${alpha}: loss = ${dp} − ${dn} + ${alpha} = ${loss}.`,
  notHardYet: (kind: string, figures: string) => `Your triplet is ${kind} right now, not hard (${figures}) Drag N inside the red ring and check again.`,
  hardExplain: (figures: string) =>
    `${figures} A hard triplet has ‖a−n‖² < ‖a−p‖², so ‖a−p‖² − ‖a−n‖² is positive and the loss is always more than α: these are the triplets with the largest gradients.`,
  // exercise: margin grows
  marginQuestion: "Start from an easy triplet and raise the margin α. What does the triplet become first?",
  marginAction: "Make the triplet easy (N far from A), then move the α slider to the right and watch the label.",
  marginChoices: { semiHard: "semi-hard", hard: "hard", staysEasy: "it stays easy" },
  alreadyHard: (dn: string, dp: string) =>
    `Your negative is already closer than the positive (‖a−n‖² = ${dn} < ‖a−p‖² = ${dp}): the triplet is hard whatever α is. Move N farther than P first.`,
  marginExplain: (gap: string, beyond: number | null) =>
    `‖a−n‖² − ‖a−p‖² = ${gap}, so the triplet is easy for α < ${gap} and semi-hard above${beyond === null ? "" : ` (beyond this slider's ${beyond})`}. It can never become hard by raising α: "hard" compares the two distances alone; α only widens the semi-hard band.`,
  // the mini-batch
  batchProgress: "LFW mini-batch embedded",
  embedding: (name: string, i: number, n: number) => `Embedding ${name} (${i} of ${n})…`,
  miningMarginLabel: "mining margin α",
  // #batch-summary: the count, then the shares at the current margin
  batchCount: (faces: number, people: number, pairs: number) => `${faces} faces of ${people} people → ${pairs} anchor–positive pairs`,
  batchJoin: (count: string, shares: string) => `${count}. ${shares}`,
  batchShares: (alpha: number, hard: string, semiHard: string) =>
    `At α = ${alpha}, ${hard} of them have a hard negative in the batch (someone closer than their own other photo), ${semiHard} a semi-hard one. A pair counts once it has one such negative among the 44 faces of other people; most of its triplets are still easy, because the network that made these embeddings is already trained — exactly why FaceNet mines triplets from large batches.`,
  stillEmbedding: "the faces are still being embedded",
  miningQuestion: "If the margin α grows from 0.2 to 0.5, what happens to the share of pairs with a hard negative?",
  miningAction: "Move the “mining margin α” slider from 0.2 to 0.5 and read the summary above.",
  miningChoices: { grows: "grows", shrinks: "shrinks", same: "stays the same" },
  miningExplain: (n: number, pairs: number, from: number, to: number, hardFrom: string, hardTo: string, semiFrom: string, semiTo: string) =>
    `On these ${n} faces: ${hardFrom} of the ${pairs} anchor–positive pairs have a hard negative at α = ${from}, ${hardTo} at α = ${to}. A hard negative is closer than the positive — α does not enter. What α changes is the semi-hard band: ${semiFrom} of pairs have a semi-hard negative at α = ${from}, ${semiTo} at α = ${to}.`,
  anchorPersonLabel: "anchor person",
  allPeople: "all",
  // tripletTable
  table: {
    anchor: "anchor",
    positive: "positive",
    hardest: "hardest negative",
    semiHard: (alpha: number) => `semi-hard negative (‖a−p‖² < ‖a−n‖² < ‖a−p‖² + ${alpha})`,
    hard: "hard",
    noneInBatch: "none in this batch",
  },
  // the paper's tables
  models: {
    name: "The paper's networks",
    model: "model",
    architecture: "architecture",
    // the library's descriptions (src/facenet/paperTables.ts), by network
    architectures: {
      NN1: "Zeiler&Fergus with 1×1 convolutions",
      NN2: "Inception",
      NN3: "Inception (NN2 at a smaller input)",
      NN4: "Inception without 5×5 convolutions in the higher layers",
      NNS1: "mini Inception",
      NNS2: "tiny Inception",
    } as Record<string, string>,
    input: "input",
    params: "params",
    flops: "FLOPS per image",
    val: "VAL at FAR 10⁻³",
    billions: "B",
    millions: "M",
  },
  sizes: { name: "Embedding size against VAL", dimensions: "dimensions" },
  // tripletTraining
  training: {
    start: "Start",
    pause: "Pause",
    step: "step",
    accuracy: "dev-test accuracy",
    lossTitle: "Triplet loss",
    activeTitle: "Active triplets",
    accuracyTitle: "Dev-test accuracy",
    lossPlaceholder: "Press Start: the mean triplet loss of each step is drawn here.",
    activePlaceholder: "Press Start: the share of triplets with a non-zero loss is drawn here.",
    measuring: "Measuring the untrained network…",
    untrained: (acc: string, every: number) => `Untrained: ${acc}. Press Start: a point is added every ${every} steps.`,
    thresholdTitle: (t: string, n: number) => `best squared-distance threshold ${t} over the ${n} pairs`,
    msPerStep: (ms: string) => `${ms} ms/step`,
    stopped: (why: string) => `training stopped: ${why}`,
    xLabel: "step",
    lossY: "loss",
    activeY: "share",
    accuracyY: "accuracy",
    lossSeries: "loss",
    activeSeries: "active",
    accuracySeries: "accuracy",
  },
  // exercise: active share
  activeQuestion: "After 50 training steps, will the share of active triplets be higher or lower than in the first steps?",
  activeAction: "Press Start, let the step counter pass 50, then check (you can Pause first).",
  activeChoices: { higher: "higher", lower: "lower", same: "about the same" },
  trainFirst: (steps: number, done: number) => `train for ${steps} steps first: ${done} so far`,
  activeExplain: (first: string, last: string, from: number, to: number) =>
    `Active triplets: ${first} over steps 1–5, ${last} over steps ${from}–${to}. As the embedding learns, more triplets satisfy the margin and stop contributing — which is why FaceNet has to mine ever harder triplets as training goes on.`,
};
