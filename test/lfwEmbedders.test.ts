/**
 * The committed LFW comparison of embedders (data/lfw/embedders.json, data/lfw/embedders/*.json):
 * each report's scores follow from its own pair distances under the 10-fold protocol, and the summary
 * rows say what the reports say, with speed and size from bench/results/embedders.json.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parsePairs } from "../src/lfw/pairs.js";
import { tenFold } from "../src/metrics/tenFold.js";
import { ROOT } from "../harness/paths.js";

const read = (rel: string) => JSON.parse(readFileSync(path.join(ROOT, rel), "utf8"));
const summary = read("data/lfw/embedders.json");
const speed = read("bench/results/embedders.json");
const same = parsePairs(readFileSync(path.join(ROOT, "data/lfw/pairs.txt"), "utf8")).map((p) => p.same);

test("every embedder's report is reproduced from its committed distances", () => {
  for (const row of summary.rows) {
    const report = read(path.join("data/lfw", row.report));
    assert.equal(report.distances.length, 6000, row.row);
    const again = tenFold(report.distances, same);
    // Distances are stored to 5 decimals; thresholds step by 0.01, so the folds' choices stand.
    assert.ok(Math.abs(again.accuracy.mean - report.accuracy.mean) < 1e-9, `${row.row}: ${again.accuracy.mean} vs ${report.accuracy.mean}`);
    assert.ok(Math.abs(again.auc - report.auc) < 1e-3, `${row.row}: AUC ${again.auc} vs ${report.auc}`);
  }
});

test("the summary rows carry their report's scores and the benchmark's speed and size", () => {
  assert.ok(summary.rows.length >= 2);
  for (const row of summary.rows) {
    const report = read(path.join("data/lfw", row.report));
    assert.deepEqual(row.accuracy, report.accuracy, row.row);
    assert.deepEqual(row.val, report.val, row.row);
    assert.equal(row.auc, report.auc, row.row);
    const s = speed.embedders.find((e: { embedder: string }) => e.embedder === row.embedder);
    assert.equal(row.msPerFace, s.msPerFace.median, row.row);
    assert.equal(row.weightBytes, s.weightBytes, row.row);
    assert.equal(row.pairs, 6000);
  }
  const names = new Set(summary.rows.map((r: { embedder: string }) => r.embedder));
  for (const n of ["dlib", "mobileface"]) assert.ok(names.has(n), `a row for ${n}`);
});
