/**
 * Where the installed `@vladmandic/face-api` keeps its weights (dlib's face-recognition ResNet among
 * them), found through Node's own module resolution so it works from `src/`, from compiled `lib/` and
 * with hoisted or nested `node_modules`.
 */
import { createRequire } from "node:module";
import path from "node:path";
import type { ModelFileReader } from "../core/types.js";
import { fileReader } from "./files.js";

/** The `model/` folder of the installed `@vladmandic/face-api`; throws an actionable error if it is not installed. */
export function faceApiModelDir(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve("@vladmandic/face-api/package.json");
    return path.join(path.dirname(pkg), "model");
  } catch {
    throw new Error("cannot find @vladmandic/face-api (it ships the dlib ResNet weights): run npm install");
  }
}

/** Reads dlib's face-recognition weights (`face_recognition_model*`) from the installed package. */
export function dlibReader(): ModelFileReader {
  return fileReader(faceApiModelDir());
}
