/**
 * Precomputes the compare page's sample photos with the page's own networks (scripts/sampleFaces.ts),
 * so its first verdict shows before the 7 MB of weights have loaded; the page then recomputes them
 * live. Writes JSON to stdout only, exits non-zero on failure:
 *
 *   node --import tsx scripts/precomputeSamples.ts > docs/_data/compare/samples.json
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { ROOT } from "../harness/paths.js";
import type { PrecomputedSamples } from "../docs/components/compare/precomputed.js";
import { COMPARE_SAMPLES, loadPageNetworks, sampleFaces, weightHashes } from "./sampleFaces.js";

const networks = await loadPageNetworks();
try {
  const photos: PrecomputedSamples["photos"] = {};
  for (const [id, file] of Object.entries(COMPARE_SAMPLES)) photos[id] = await sampleFaces(networks, file);
  const record: PrecomputedSamples = {
    command: "node --import tsx scripts/precomputeSamples.ts > docs/_data/compare/samples.json",
    date: new Date().toISOString().slice(0, 10),
    facelab: JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")).version,
    backend: networks.backend,
    weights: await weightHashes(),
    photos,
  };
  process.stdout.write(`${JSON.stringify(record)}\n`);
} finally {
  networks.mtcnn.dispose();
  networks.embedder.dispose();
}
