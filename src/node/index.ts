/** Node-only helpers: decoding image files and reading the bundled model files from disk. */
export { loadImage, readImage, ImageLoadError, type LoadedImage } from "./loadImage.js";
export { fileReader, MODELS_DIR } from "./files.js";
export { faceApiModelDir, dlibReader } from "./faceApiModels.js";
export { detectorDir } from "./loadDetector.js";
export { loadEmbedder, loadNamedEmbedder } from "./loadEmbedder.js";
// Platform-neutral, but exported here rather than from "facelab": it imports tfjs-converter, which
// would otherwise ride along in every page that imports the main entry.
export { loadGraphEmbedder, type GraphEmbedder } from "../embed/loadGraphEmbedder.js";
