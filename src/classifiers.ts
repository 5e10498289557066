/**
 * `facelab/classifiers`: what runs libsvm — training a face database (SVM + centroids) and loading a
 * saved SVM. A separate entry because libsvm-js's asm.js build is ≈ 250 KB of script that only the
 * database and webcam pages use; every other page imports `facelab` without it.
 */
export { loadSvm, trainSvm, type SvmClassifier, type SvmOptions } from "./classifier/svm.js";
export { trainDatabase, type TrainStep } from "./facedb/trainDatabase.js";
// Bundlers copy an entry's modules into it: the error trainDatabase throws is this entry's class, so a
// page tests `instanceof` against this export, not the main entry's.
export { FaceDbTrainingError } from "./facedb/trainedModel.js";
