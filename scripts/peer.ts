/**
 * Step of `npm run dev` and `npm run build`: writes face-api.js as a self-hosted script into
 * docs/_peers/faceapi.js (gitignored), for the Performance page's live race against facelab.
 */
import path from "node:path";
import { fileURLToPath } from "node:url";
import { bundleFaceApi } from "./faceApiBundle.js";

const OUT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../docs/_peers/faceapi.js");

await bundleFaceApi(OUT);
process.stderr.write(`face-api.js bundled into ${path.relative(process.cwd(), OUT)}\n`);
