/**
 * Published figures the FaceNet page sets beside what it computes: the model table and the
 * embedding-size table of the FaceNet paper (Schroff, Kalenichenko, Philbin, "FaceNet: A Unified
 * Embedding for Face Recognition and Clustering", CVPR 2015, arXiv:1503.03832), and the figures
 * published for davidsandberg/facenet's Inception-ResNet-v1 models. Plain constant data.
 *
 * Only numbers stated in the sources are here; a field the source does not state is `null` (e.g. NN3's
 * FLOPS appear only as a point in Fig. 4, and the paper gives no parameter counts for NN3/NN4).
 * "FLOPS" in the paper are multiply-adds (see flops.ts).
 */

/** VAL (validation rate) at a false-accept rate of 10⁻³ on the paper's hold-out set (§4.1), ± standard error over five splits. */
interface PaperVal {
  /** Percent. */
  mean: number;
  /** Standard error of the mean, percent. */
  sem: number;
}

/** One network of the paper. */
interface PaperModel {
  name: "NN1" | "NN2" | "NN3" | "NN4" | "NNS1" | "NNS2";
  /** The paper's own label for the architecture. */
  architecture: string;
  /** Input size, rows × cols, pixels. */
  input: readonly [rows: number, cols: number];
  /** Parameters, or null when the paper does not state them. */
  params: number | null;
  /** Multiply-adds per image ("FLOPS" in the paper), or null when the paper does not state them. */
  flops: number | null;
  /** Table 3. */
  val: PaperVal;
  /** Where each number is stated. */
  source: string;
}

/** The paper's networks (§3.3 "Deep Convolutional Networks" for size and cost; Table 3, §5.2, for VAL). */
export const FACENET_PAPER_MODELS: readonly PaperModel[] = [
  {
    name: "NN1",
    architecture: "Zeiler&Fergus with 1×1 convolutions",
    input: [220, 220],
    params: 140e6,
    flops: 1.6e9,
    val: { mean: 87.9, sem: 1.9 },
    source: "§3.3 and Table 1 (140M parameters, 1.6B FLOPS); Table 3",
  },
  {
    name: "NN2",
    architecture: "Inception",
    input: [224, 224],
    params: 7.5e6,
    flops: 1.6e9,
    val: { mean: 89.4, sem: 1.6 },
    source: "Table 2 total row (7.5M, 1.6B); Table 3",
  },
  {
    name: "NN3",
    architecture: "Inception (NN2 at a smaller input)",
    input: [160, 160],
    params: null,
    flops: null,
    val: { mean: 88.3, sem: 1.7 },
    source: '§3.3 ("identical in architecture [to NN2] but has a reduced input size of 160x160"); Table 3',
  },
  {
    name: "NN4",
    architecture: "Inception without 5×5 convolutions in the higher layers",
    input: [96, 96],
    params: null,
    flops: 285e6,
    val: { mean: 82.0, sem: 2.3 },
    source: "§3.3 (285M FLOPS vs 1.6B for NN2); Table 3",
  },
  {
    name: "NNS1",
    architecture: "mini Inception",
    input: [165, 165],
    params: 26e6,
    flops: 220e6,
    val: { mean: 82.4, sem: 2.4 },
    source: "§3.3 (26M parameters, 220M FLOPS); Table 3",
  },
  {
    name: "NNS2",
    architecture: "tiny Inception",
    input: [140, 116],
    params: 4.3e6,
    flops: 20e6,
    val: { mean: 51.9, sem: 2.9 },
    source: "§3.3 (4.3M parameters, 20M FLOPS); Table 3",
  },
];

/** Table 5 (§5.4): VAL at 10⁻³ FAR of NN1 trained with embeddings of each size; 128 was chosen. */
export const FACENET_EMBEDDING_SIZES: readonly { dimension: number; val: PaperVal }[] = [
  { dimension: 64, val: { mean: 86.8, sem: 1.7 } },
  { dimension: 128, val: { mean: 87.9, sem: 1.9 } },
  { dimension: 256, val: { mean: 87.7, sem: 1.9 } },
  { dimension: 512, val: { mean: 85.6, sem: 2.0 } },
];

/**
 * The paper's LFW results (§5.6, model NN1, "unrestricted, labeled outside data" protocol): accuracy in
 * percent ± standard error of the mean, with the extra face alignment (a proprietary detector run on
 * the LFW thumbnails) and on a fixed centre crop; and the squared-L2 threshold chosen on the nine
 * training splits (1.242 for every test split but the eighth, 1.256). Figure 1's caption puts a
 * threshold of 1.1 on its example pairs. Distances are squared L2 between unit embeddings (0 to 4).
 */
export const FACENET_PAPER_LFW = {
  aligned: { mean: 99.63, plusMinus: 0.09 },
  centreCrop: { mean: 98.87, plusMinus: 0.15 },
  threshold: { squaredL2: 1.242, splitEight: 1.256, figure1: 1.1 },
} as const;

/** A released davidsandberg/facenet Inception-ResNet-v1 model and its published figures. */
interface FacenetRelease {
  name: "20180402-114759" | "20180408-102900";
  trainingSet: "VGGFace2" | "CASIA-WebFace";
  /** Input side, pixels. */
  inputSize: 160;
  embeddingSize: 512;
  /** LFW accuracy (fraction) and its standard deviation over the 10 folds when published. */
  lfw: { accuracy: number; sd: number | null };
  /** VAL at FAR = 10⁻³ on LFW, when published. */
  valAtFar1e3: number | null;
  source: string;
}

export const FACENET_RELEASES: readonly FacenetRelease[] = [
  {
    name: "20180402-114759",
    trainingSet: "VGGFace2",
    inputSize: 160,
    embeddingSize: 512,
    lfw: { accuracy: 0.9965, sd: 0.00252 },
    valAtFar1e3: 0.98367,
    source: "facenet wiki (Validate on LFW)",
  },
  {
    name: "20180408-102900",
    trainingSet: "CASIA-WebFace",
    inputSize: 160,
    embeddingSize: 512,
    lfw: { accuracy: 0.9905, sd: null },
    valAtFar1e3: null,
    source: "facenet README (Pre-trained models)",
  },
];

/**
 * A third party's count for the same network: OpenVINO Open Model Zoo's card for facenet-20180408-102900
 * (docs.openvino.ai/2021.3/omz_models_model_facenet_20180408_102900.html), 160×160 input, 512-D.
 * Its "GFlops" count a multiply-add as two operations.
 */
export const OPENVINO_FACENET_20180408 = { gflops: 2.846, mparams: 23.469, source: "OpenVINO Open Model Zoo, facenet-20180408-102900" } as const;
