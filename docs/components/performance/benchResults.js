// The committed benchmark results (bench/results/*.json), gathered at build time into one file by
// scripts/collectBench.ts; each result as parsed JSON, or null when that benchmark has not been
// run yet.
import { FileAttachment } from "observablehq:stdlib";

/** Every benchmark result the page knows, by name; null for those not measured yet. */
export async function benchResults() {
  const all = await FileAttachment("../../_data/bench-results.json").json();
  return {
    mtcnnBrowser: all["mtcnn-browser"] ?? null,
    mtcnnNode: all["mtcnn-node"] ?? null,
    embedNode: all["embed-node"] ?? null,
    fusedLayers: all["fused-layers"] ?? null,
    lfwThroughput: all["lfw-throughput"] ?? null,
    coldLoad: all["cold-load"] ?? null,
  };
}
