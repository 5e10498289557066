/** facelab's public API for Node and the browser (Node-only helpers live in `facelab/node`). */
export type { Box, Point, Landmarks5, Face, Pixels } from "./core/types.js";
export { area, intersection, overlap, iou, square, clip, regress, type OverlapMode } from "./core/box.js";
export { matchBoxes } from "./core/matchBoxes.js";
export { nms, nmsStart, nmsStep, nmsSteps, byScore, type NmsStep, type NmsState } from "./core/nms.js";
export { integralImage, type IntegralImage } from "./image/integral.js";
export { areaResample, areaBins, type PixelRect } from "./image/areaResample.js";
export { mtcnnFlops, netMultiplyAdds, layerStep, PNET_LAYERS, RNET_LAYERS, ONET_LAYERS, type LayerSpec, type MtcnnFlops } from "./mtcnn/flops.js";
export { pyramid, pyramidScales, levelSize, type PyramidLevel } from "./mtcnn/pyramid.js";
export { generateCandidates, PNET_CELL, PNET_STRIDE, type Candidate } from "./mtcnn/candidates.js";
export {
  DEFAULT_MTCNN_CONFIG, resolveMtcnnConfig, MtcnnOptionError,
  type MtcnnConfig, type MtcnnOptions, type CropBorder, type CropSampling,
} from "./mtcnn/options.js";
export { proposals, refine, finish, type ScaleMap, type ScaleProposals, type ProposalStage, type RefineStage, type OutputStage } from "./mtcnn/stages.js";
export { levelInput, cropInputs, cropRect } from "./mtcnn/inputs.js";
export { Mtcnn, type MtcnnTrace, type StageTimings } from "./mtcnn/detector.js";
export { loadNetWeights, type ModelFileReader, type NetName, type NetWeights } from "./mtcnn/weights.js";
export { estimateSimilarity, applySimilarity, invertSimilarity, type SimilarityTransform } from "./align/similarityTransform.js";
export { ARCFACE_TEMPLATE_112, alignmentTemplate } from "./align/alignmentTemplate.js";
export { resizeBilinear, axisWeights, type AxisWeights } from "./align/resizeBilinear.js";
export { cropPixels } from "./align/cropPixels.js";
export { marginCrop, marginBox, DEFAULT_MARGIN_CROP, type MarginCropOptions } from "./align/marginCrop.js";
export { warpSimilarity } from "./align/warpSimilarity.js";
export { similarityWarp, type SimilarityWarpOptions } from "./align/similarityWarp.js";
export { pickMainFace } from "./align/pickMainFace.js";
export { pixelsToTensor } from "./align/pixelsToTensor.js";
export { TRIPLET_MARGIN, squaredDistance, distance, tripletLoss, tripletKind, type TripletKind } from "./facenet/triplet.js";
export { selectNegatives, type PairNegatives } from "./facenet/selectNegatives.js";
export { selectTriplets, activeTripletFraction, squaredDistanceMatrix, type Triplet } from "./facenet/selectTriplets.js";
export { sampleIdentityBatch, type IdentityBatch } from "./facenet/identityBatch.js";
export { tripletNet, DEFAULT_TRIPLET_NET, type TripletNetOptions } from "./facenet/tripletNet.js";
export { TripletTrainer, DEFAULT_TRIPLET_TRAINER, type TripletTrainerOptions, type TripletStep } from "./facenet/tripletTrainer.js";
export { seededRandom, randomInt, sampleWithoutReplacement } from "./core/random.js";
export { bestThresholdAccuracy } from "./metrics/bestThreshold.js";
export { parsePairs, parsePeople, lfwPath, type LfwPair } from "./lfw/pairs.js";
export { dlibChip, dlibChipTemplate, DLIB_CHIP } from "./align/dlibChip.js";
export type { Embedder, Embedding } from "./embed/embedder.js";
export { embedPixels, batchRgb, EMBED_CHUNK } from "./embed/embedPixels.js";
export { loadDlibWeights, DLIB_MANIFEST, type DlibWeights } from "./embed/dlibWeights.js";
export { dlibResnet, dlibNormalise, DLIB_INPUT } from "./embed/dlibResnet.js";
export { DlibEmbedder, DLIB_THRESHOLD } from "./embed/dlibEmbedder.js";
export { normalise, describeNormalisation, PREWHITEN, type Normalisation } from "./embed/normalisation.js";
export { modelEmbedder, type EmbeddingModel, type ModelEmbedderOptions } from "./embed/modelEmbedder.js";
export { largestFace } from "./pipeline/largestFace.js";
export { embedFaces, type EmbeddedFace, type EmbedFacesOptions } from "./pipeline/embedFaces.js";
export {
  inceptionResnetV1, inceptionResnetV1Sizes, DEFAULT_INCEPTION_RESNET_V1, BLOCK_SCALES, BLOCK_REPEATS,
  type InceptionResnetV1Options, type InceptionResnetV1Sizes,
} from "./facenet/inceptionResnetV1.js";
export { ScaledResidual, type ScaledResidualArgs } from "./facenet/scaledResidual.js";
export { L2Normalize, L2_EPSILON } from "./facenet/l2Normalize.js";
export { layerCost, layerCosts, modelCost, type LayerCost, type ModelCost, type CountableLayer } from "./facenet/flops.js";
export {
  FACENET_PAPER_MODELS, FACENET_EMBEDDING_SIZES, FACENET_PAPER_LFW, FACENET_RELEASES, OPENVINO_FACENET_20180408,
  type PaperModel, type PaperVal, type FacenetRelease,
} from "./facenet/paperTables.js";
