/** facelab's public API for Node and the browser (Node-only helpers live in `facelab/node`). */
export type { Box, Point, Landmarks5, Face, Pixels, ModelFileReader } from "./core/types.js";
export { area, intersection, overlap, iou, square, clip, regress, type OverlapMode } from "./core/box.js";
export { matchBoxes } from "./core/matchBoxes.js";
export { nms, nmsStart, nmsStep, nmsSteps, byScore, type NmsStep, type NmsState } from "./core/nms.js";
export { integralImage, type IntegralImage } from "./image/integral.js";
export { areaResample, areaResampleWindow, areaBins, type PixelRect, type OutputWindow } from "./image/areaResample.js";
export {
  detectionSize, reductionNotice, reductionRatio, isReduced, pixelsForBudget, defaultDetectBudget,
  BROWSER_DETECT_BUDGET, NODE_DETECT_BUDGET, DETECT_BYTES_PER_PIXEL, type DetectLimits, type Size,
} from "./image/imageLimits.js";
export { reducePixels } from "./image/reducePixels.js";
export { facesToSource } from "./image/scaleFaces.js";
export { pnetTiles, tileSpans, pnetOutputSide, PNET_TILE_CELLS, type PnetTile, type TileSpan } from "./mtcnn/accelerators/pnetTiles.js";
export { sniffFormat, imageProblem, BROWSER_UNSUPPORTED, SUPPORTED_FORMATS, TAIL_BYTES, type ImageFormat } from "./image/imageBytes.js";
export { mtcnnFlops, netMultiplyAdds, layerStep, PNET_LAYERS, RNET_LAYERS, ONET_LAYERS, type LayerSpec, type MtcnnFlops } from "./mtcnn/flops.js";
export { pyramid, pyramidScales, levelSize, type PyramidLevel } from "./mtcnn/pyramid.js";
export { generateCandidates, PNET_CELL, PNET_STRIDE, type Candidate } from "./mtcnn/candidates.js";
export {
  DEFAULT_MTCNN_CONFIG, resolveMtcnnConfig, MtcnnOptionError,
  type MtcnnConfig, type MtcnnOptions, type CropBorder, type CropSampling,
} from "./mtcnn/options.js";
export { proposals, refine, finish, type ScaleMap, type ScaleProposals, type ProposalStage, type RefineStage, type OutputStage } from "./mtcnn/stages.js";
export { levelInput, cropInputs, cropRect } from "./mtcnn/inputs.js";
export { Mtcnn, type MtcnnTrace, type StageTimings, type DetectOptions } from "./mtcnn/detector.js";
export { JS_KERNELS_FLAG, useJsKernels, convPreluCpu, densePreluCpu, maxPoolCpu } from "./mtcnn/accelerators/jsKernels.js";
export { GL_KERNELS_FLAG, useGlConv, useGlConvPool, useGlPool, convPreluGl, convPreluPoolGl, maxPoolGl } from "./mtcnn/accelerators/glKernels.js";
export { convPreluPoolProgram, convPoolFits, convPoolChannelStep, type PoolSpec } from "./mtcnn/accelerators/glConvPool.js";
export { maxPoolProgram } from "./mtcnn/accelerators/glPool.js";
export { convPreluProgram, channelStep } from "./mtcnn/accelerators/glConv.js";
export { packedProgram, type GlProgram } from "./mtcnn/accelerators/glProgram.js";
export { loadNetWeights, type NetName, type NetWeights } from "./mtcnn/weights.js";
export { estimateSimilarity, applySimilarity, invertSimilarity, type SimilarityTransform } from "./align/similarityTransform.js";
export { ARCFACE_TEMPLATE_112, alignmentTemplate } from "./align/alignmentTemplate.js";
export { resizeBilinear, axisWeights, type AxisWeights } from "./align/resizeBilinear.js";
export { cropPixels } from "./align/cropPixels.js";
export { marginCrop, marginBox, DEFAULT_MARGIN_CROP, type MarginCropOptions } from "./align/marginCrop.js";
export { warpSimilarity } from "./align/warpSimilarity.js";
export { similarityWarp, type SimilarityWarpOptions } from "./align/similarityWarp.js";
export { pickMainFace } from "./align/pickMainFace.js";
export { pixelsToTensor } from "./align/pixelsToTensor.js";
export { TRIPLET_MARGIN, tripletLoss, tripletKind, type TripletKind } from "./facenet/triplet.js";
export { selectNegatives, type PairNegatives } from "./facenet/selectNegatives.js";
export { selectTriplets, activeTripletFraction, squaredDistanceMatrix, type Triplet } from "./facenet/selectTriplets.js";
export { sampleIdentityBatch, type IdentityBatch } from "./facenet/identityBatch.js";
export { tripletNet, DEFAULT_TRIPLET_NET, type TripletNetOptions } from "./facenet/tripletNet.js";
export { TripletTrainer, DEFAULT_TRIPLET_TRAINER, type TripletTrainerOptions, type TripletStep } from "./facenet/tripletTrainer.js";
export { dot, squaredDistance, distance, unitVector, unitRows } from "./math/vector.js";
export { median } from "./math/statistics.js";
export { seededRandom, randomInt, sampleWithoutReplacement, randomNormal } from "./core/random.js";
export { bestThresholdAccuracy } from "./metrics/bestThreshold.js";
export { parsePairs, parsePeople, lfwPath, type LfwPair } from "./lfw/pairs.js";
export { dlibChip, dlibChipTemplate, DLIB_CHIP } from "./align/dlibChip.js";
export type { Embedder, Embedding } from "./embed/embedder.js";
export { embedPixels, batchRgb, EMBED_CHUNK } from "./embed/embedPixels.js";
export { loadDlibWeights, DLIB_MANIFEST } from "./embed/loadDlibWeights.js";
export type { DlibWeights } from "./embed/dlibWeights.js";
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
export { SRN, SRN_LEVELS, type SrnLevel } from "./srn/srnConfig.js";
export { tileAnchors, tileLevels, anchorShape, anchorShares, featureMapSize, type AnchorSet, type LevelTiling } from "./srn/anchors.js";
export {
  anchorOverlaps, labelAnchors, countLabels, countMatches, POSITIVE, IGNORED, NEGATIVE,
  type AnchorOverlaps, type MatchThresholds,
} from "./srn/matchAnchors.js";
export { focalLoss, crossEntropy, probabilityOfTruth, type FocalOptions } from "./srn/focalLoss.js";
export { receptiveField, rfeFields, headPath, RFE_BRANCHES, type ConvShape, type ReceptiveField } from "./srn/receptiveField.js";
export { srnStages, type StageShape } from "./srn/architecture.js";
export { parseWiderAnnotations, type WiderImage, type WiderFace } from "./srn/widerAnnotations.js";
export { faceShapeStats, type FaceShapeStats } from "./srn/faceShapeStats.js";
export { anchorMatchStats, facesInInput, type AnchorMatchStats, type StepStats, type LevelCounts } from "./srn/anchorMatchStats.js";
export { logBins, linearBins, type Bin } from "./srn/histogram.js";
export { TsneState, initialLayout, type TsneLiveOptions } from "./tsne/tsneState.js";
export { DEFAULT_TSNE, resolveTsneOptions, type TsneOptions } from "./tsne/options.js";
export { affinities, symmetrise, transpose, type Affinities, type AffinityOptions } from "./tsne/affinities.js";
export { calibrateRow, type CalibratedRow } from "./tsne/perplexity.js";
export { klGradient, klDivergence } from "./tsne/gradient.js";
export { chineseWhispers, relabel, type ChineseWhispersOptions } from "./cluster/chineseWhispers.js";
export { dbscan, NOISE, type DbscanOptions } from "./cluster/dbscan.js";
export { purity, adjustedRandIndex, contingency } from "./cluster/partitionScores.js";
export { nearestNeighbourAccuracy, type NearestNeighbourAccuracy } from "./cluster/nearestNeighbour.js";
export {
  FACEDB_FORMAT, FACEDB_VERSION, FACEDB_LIMITS, emptyDatabase,
  type FaceDatabase, type FaceRecord, type Person,
} from "./facedb/schema.js";
export { checkTrainedModel, trainingProblem, cvFolds, isStale, type TrainedModel, type PersonScore } from "./facedb/trainedModel.js";
export { trainDatabase, type TrainOptions } from "./facedb/trainDatabase.js";
export { exportDatabase, exportFileName, type ExportOptions } from "./facedb/exportDatabase.js";
export { parseDatabase, checkPersonName, checkFace, utf8Length, type ParseResult } from "./facedb/parseDatabase.js";
export { FaceDbError } from "./facedb/fields.js";
export { describeSamples, type LabelledEmbedding } from "./classifier/samples.js";
export { trainSvm, loadSvm, checkSvmJson, DEFAULT_SVM_OPTIONS, type SvmOptions, type SvmPrediction, type SvmModelJson, type SvmClassifier } from "./classifier/svm.js";
export {
  trainCentroids, loadCentroids, checkCentroidJson,
  type CentroidPrediction, type CentroidModelJson, type CentroidClassifier,
} from "./classifier/centroids.js";
export { crossValidate, stratifiedFolds, type CrossValidation, type Predictor } from "./classifier/crossValidate.js";
export {
  associate, emptyTracker, predictTracks, updateTracks, DEFAULT_TRACKER,
  type Track, type TrackerState, type TrackerOptions,
} from "./track/boxTracker.js";
export { embedWithFlip } from "./embed/embedWithFlip.js";
