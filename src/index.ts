/**
 * facelab's public API for Node and the browser: what the README and the course pages use. Node-only
 * helpers live in `facelab/node`, browser-only ones in `facelab/browser`, and the accelerated kernels,
 * WebGL programs and FLOP counts that only the Performance page and the benchmarks reach for in
 * `facelab/kernels`. Everything else is internal (tests import it from `src/` directly).
 */

// The shared vocabulary: one box convention, [x1, y1, x2, y2] in source-image pixels.
export type { Box, Point, Landmarks5, Detection, Face, Pixels, ModelFileReader } from "./core/types.js";
export { iou, regress, type OverlapMode } from "./core/box.js";
export { matchBoxes } from "./core/matchBoxes.js";
export { nms, nmsStart, nmsStep, type NmsStep, type NmsState } from "./core/nms.js";
export { squaredDistance, distance, unitVector, unitRows } from "./math/vector.js";
export { median } from "./math/statistics.js";
export { seededRandom, sampleWithoutReplacement } from "./core/random.js";

// Images: size limits for big photos and the formats a browser decodes.
export {
  detectionSize,
  reductionNotice,
  reductionRatio,
  isReduced,
  pixelsForBudget,
  BROWSER_DETECT_BUDGET,
  type DetectLimits,
  type Size,
} from "./image/imageLimits.js";
export { facesToSource } from "./image/scaleFaces.js";
export { sniffFormat, imageProblem, imageProblemCode, BROWSER_UNSUPPORTED, PROBLEM_TEXT, TAIL_BYTES, type ImageProblem } from "./image/imageBytes.js";

// MTCNN: the detector, its options, and the stages a page can show.
export { Mtcnn, type MtcnnTrace, type DetectOptions, type LoadOptions } from "./mtcnn/detector.js";
export { DEFAULT_MTCNN_CONFIG, MtcnnOptionError, type MtcnnOptions } from "./mtcnn/options.js";
export { pyramidScales, type PyramidLevel } from "./mtcnn/pyramid.js";
export { generateCandidates } from "./mtcnn/candidates.js";
export type { ScaleMap, RefineStage } from "./mtcnn/stages.js";
export { netLayers, netTotals, NET_INPUT_SIZE, type NetLayer, type ActivationShape, type HeadKind, type WeightShapes } from "./mtcnn/architecture.js";
export type { LayerActivation } from "./mtcnn/activations.js";
export type { NetName } from "./mtcnn/weights.js";
export { levelInput } from "./mtcnn/inputs.js";

// Recognition: alignment, embedders, the detect → align → embed pipeline.
export { dlibChip } from "./align/dlibChip.js";
export { dlibFaceChip, dlibChipToImage, dlib5FromIbug68 } from "./align/dlibFaceChip.js";
export { jitterChip, DLIB_JITTER } from "./align/jitterChip.js";
export { marginCrop, marginBox, DEFAULT_MARGIN_CROP, type MarginCropOptions } from "./align/marginCrop.js";
export { pickMainFace } from "./align/pickMainFace.js";
export type { Embedder, Embedding } from "./embed/embedder.js";
export { DlibEmbedder, DLIB_THRESHOLD, DLIB_UNIT_THRESHOLD, type DlibEmbedderOptions } from "./embed/dlibEmbedder.js";
export type { DlibStandardisation } from "./embed/dlibResnet.js";
export { modelEmbedder, type EmbeddingModel, type ModelEmbedderOptions } from "./embed/modelEmbedder.js";
export { embedWithFlip } from "./embed/embedWithFlip.js";
export {
  GRAPH_EMBEDDERS,
  EMBEDDER_NAMES,
  isEmbedderName,
  type EmbedderName,
  type GraphEmbedderName,
  type GraphEmbedderSpec,
} from "./embed/graphEmbedderSpecs.js";
export { largestFace } from "./pipeline/largestFace.js";
export { embedFaces, type EmbeddedFace, type EmbedFacesOptions } from "./pipeline/embedFaces.js";

// FaceNet: the triplet loss, triplet selection and training, the network and the paper's tables.
export { TRIPLET_MARGIN, tripletLoss, tripletKind, type TripletKind } from "./facenet/triplet.js";
export { selectNegatives, type PairNegatives } from "./facenet/selectNegatives.js";
export { squaredDistanceMatrix } from "./facenet/selectTriplets.js";
export { sampleIdentityBatch } from "./facenet/identityBatch.js";
// The trainer, the Inception-ResNet-v1 builder and its cost counter need tfjs-layers: see ./train.ts.
export {
  FACENET_PAPER_MODELS,
  FACENET_EMBEDDING_SIZES,
  FACENET_PAPER_LFW,
  FACENET_RELEASES,
  OPENVINO_FACENET_20180408,
} from "./facenet/paperTables.js";
export { bestThresholdAccuracy } from "./metrics/bestThreshold.js";
export { rocPoint, auc, type RocPoint } from "./metrics/verification.js";
// The detectors' names without the detectors (and tfjs-converter): pages list them before loading facelab/detectors.
export { DETECTOR_NAMES, isDetectorName, type DetectorName } from "./detect/detector.js";
export { parsePairs, parsePeople } from "./lfw/pairs.js";

// SRN: anchors, their matching, the focal loss and the WIDER FACE annotations.
export { SRN, SRN_LEVELS } from "./srn/srnConfig.js";
export { tileAnchors, tileLevels, anchorShares, type AnchorSet, type LevelTiling } from "./srn/anchors.js";
export { anchorOverlaps, labelAnchors, POSITIVE, IGNORED, type AnchorOverlaps } from "./srn/matchAnchors.js";
export type { AnchorMatchStats } from "./srn/anchorMatchStats.js";
export type { FaceShapeStats } from "./srn/faceShapeStats.js";
export { focalLoss, crossEntropy } from "./srn/focalLoss.js";
export { rfeFields } from "./srn/receptiveField.js";
export { srnStages, type StageShape } from "./srn/architecture.js";
export { parseWiderAnnotations, type WiderFace, type WiderImage } from "./srn/widerAnnotations.js";

// WIDER FACE evaluation, as the official toolbox computes it.
export { widerEvaluate, DEFAULT_WIDER_EVAL, type ScoredBox, type WiderEvalOptions, type WiderEvaluation, type WiderScore } from "./wider/widerEvaluate.js";
export { widerImageEval, type WiderImageMatch } from "./wider/widerImageEval.js";
export { widerIou } from "./wider/widerIou.js";
export { vocAp } from "./wider/vocAp.js";
export { faceSize, sizeBuckets, WIDER_SIZE_EDGES, WIDER_ATTRIBUTES } from "./wider/widerBuckets.js";

// Embedding spaces: t-SNE options, clustering and its scores.
export type { TsneLiveOptions } from "./tsne/tsneState.js";
export type { TsneOptions } from "./tsne/options.js";
export { chineseWhispers } from "./cluster/chineseWhispers.js";
export { dbscan, NOISE } from "./cluster/dbscan.js";
export { purity, adjustedRandIndex } from "./cluster/partitionScores.js";
export { nearestNeighbourAccuracy } from "./cluster/nearestNeighbour.js";

// The face database, its classifiers, and the webcam's box tracker.
export { FACEDB_LIMITS } from "./facedb/schema.js";
export { isStale, FaceDbTrainingError, type TrainedModel, type PersonScore } from "./facedb/trainedModel.js";
export { FaceDbError, type FaceDbProblem, type FaceDbProblemCode } from "./facedb/fields.js";
export { exportDatabase, exportFileName } from "./facedb/exportDatabase.js";
export { parseDatabase, checkPersonName, checkFace } from "./facedb/parseDatabase.js";
// Training a database and loading its SVM need libsvm: see ./classifiers.ts (`facelab/classifiers`).
export { trainCentroids, loadCentroids, type CentroidClassifier } from "./classifier/centroids.js";
export { emptyTracker, predictTracks, updateTracks, type TrackerState } from "./track/boxTracker.js";
