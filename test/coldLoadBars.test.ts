import assert from "node:assert/strict";
import { test } from "node:test";
import { bytes, COLD, coldLoadBars, WARM, type LoadPhase } from "../docs/components/performance/coldLoadBars.js";

const spread = (median: number) => ({ median, min: median, max: median });
const network = { requests: spread(80), fromCache: spread(0), bytes: spread(5e6) };
const phase = (ms: Record<string, number | null>): LoadPhase => ({
  ms: Object.fromEntries(Object.entries(ms).map(([k, v]) => [k, v === null ? null : spread(v)])),
  network,
});

test("coldLoadBars: each milestone both loads reached, in load order, cold then warm, in seconds", () => {
  const cold = phase({ firstDetection: 4200, domContentLoaded: 1800, modelReady: null });
  const warm = phase({ firstDetection: 2500, domContentLoaded: 200, modelReady: 600 });
  const bars = coldLoadBars({ runs: 1, page: "/mtcnn", cold, warm, ratios: { warmOverColdFirstDetection: 2500 / 4200 } });
  assert.deepEqual(
    bars.map((b) => [b.group, b.series, b.value, b.label]),
    [
      ["DOMContentLoaded", COLD, 1.8, "1.80 s"],
      ["DOMContentLoaded", WARM, 0.2, "0.20 s"],
      ["first detection on screen", COLD, 4.2, "4.20 s"],
      ["first detection on screen", WARM, 2.5, "2.50 s"],
    ],
  );
});

test("bytes: B, KiB, MiB", () => {
  assert.deepEqual([187, 41 * 1024, 5.6 * 2 ** 20].map(bytes), ["187 B", "41 KiB", "5.6 MiB"]);
});
