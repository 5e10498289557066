/** Node-only helpers: decoding image files and reading the bundled model files from disk. */
export { loadImage, readImage, ImageLoadError, type LoadedImage } from "./loadImage.js";
export { fileReader, MODELS_DIR } from "./files.js";
export { faceApiModelDir, dlibReader } from "./faceApiModels.js";
export { loadEmbedder, loadNamedEmbedder } from "./loadEmbedder.js";
