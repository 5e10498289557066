/**
 * The committed WIDER FACE records (data/wider/<detector>-eval.json, made by scripts/widerBaseline.ts
 * for MTCNN and scripts/widerDetectors.ts for the others): every detector has one, each run is
 * internally consistent — each breakdown splits the same faces and found faces as the overall figure
 * (a face's recall does not depend on which other faces are ignored), the thinned PR curve ends at the
 * run's lowest threshold — its face count is the annotation file's for the three events, and the
 * summary (data/wider/detectors.json) is what `summaryRow` makes of the records.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { ROOT, SHARED } from "../harness/paths.js";
import { summaryRow, type WiderRecord } from "../scripts/widerSummary.js";
import { DETECTOR_NAMES } from "../src/detect/detector.js";
import { parseWiderAnnotations } from "../src/srn/widerAnnotations.js";

interface Score {
  label?: string;
  faces: number;
  recalled: number;
  recall: number | null;
  ap: number | null;
}
interface Run {
  settings: { minFace?: number; minScore?: number; scoreThreshold?: number; operating?: boolean };
  counts: { images: number; faces: number };
  overall: Score;
  pr: { threshold: number; precision: number; recall: number }[];
  breakdowns: Record<string, Score[]>;
}

const read = (file: string) => JSON.parse(readFileSync(path.join(ROOT, "data/wider", file), "utf8"));
const records = Object.fromEntries(DETECTOR_NAMES.map((name) => [name, read(`${name}-eval.json`) as { runs: Run[] }]));
const runName = (name: string, run: Run) =>
  `${name} ${run.settings.minFace !== undefined ? `min face ${run.settings.minFace}` : `score > ${run.settings.minScore}${run.settings.operating ? " (operating point)" : ""}`}`;

describe("data/wider/<detector>-eval.json", () => {
  test("MTCNN's reference run (min face 20) is there", () => {
    assert.ok(records.mtcnn.runs.some((r) => r.settings.minFace === 20));
  });
  test("every other detector has a low-threshold curve first and its operating point at its default threshold", () => {
    for (const name of DETECTOR_NAMES.filter((n) => n !== "mtcnn")) {
      const [curve, op] = records[name].runs;
      assert.ok(curve.settings.operating === false && (curve.settings.minScore ?? 1) < (curve.settings.scoreThreshold ?? 0), name);
      assert.ok(op.settings.operating === true && op.settings.minScore === op.settings.scoreThreshold, name);
    }
  });
  for (const [name, record] of Object.entries(records)) {
    for (const run of record.runs) {
      test(`${runName(name, run)}: every breakdown splits the same faces and found faces as the overall figure`, () => {
        for (const [key, buckets] of Object.entries(run.breakdowns)) {
          assert.equal(
            buckets.reduce((n, b) => n + b.faces, 0),
            run.overall.faces,
            key,
          );
          assert.equal(
            buckets.reduce((n, b) => n + b.recalled, 0),
            run.overall.recalled,
            key,
          );
        }
      });
      test(`${runName(name, run)}: the PR curve has ≤ 200 points, thresholds falling, recall rising to the lowest threshold's`, () => {
        assert.ok(run.pr.length > 10 && run.pr.length <= 200);
        run.pr.slice(1).forEach((p, i) => {
          assert.ok(p.threshold < run.pr[i].threshold);
          assert.ok(p.recall >= run.pr[i].recall);
        });
        assert.equal(run.pr.at(-1)?.threshold, 0);
        assert.equal(run.pr.at(-1)?.recall, run.overall.recall);
      });
    }
  }
  const gt = SHARED === null ? null : path.join(SHARED, "wider/wider_face_train_bbx_gt.txt");
  test("the runs cover every annotated image and face of events 1, 4 and 19", { skip: gt !== null && existsSync(gt) ? false : "needs ../shared/wider" }, () => {
    const images = parseWiderAnnotations(readFileSync(gt as string, "utf8")).filter((a) => /^(1|4|19)--/.test(a.path));
    for (const run of Object.values(records).flatMap((r) => r.runs)) {
      assert.equal(run.counts.images, images.length);
      assert.equal(
        run.counts.faces,
        images.reduce((n, a) => n + a.faces.length, 0),
      );
    }
  });
});

describe("data/wider/detectors.json", () => {
  const summary = read("detectors.json") as { rows: ReturnType<typeof summaryRow>[] };
  test("one row per detector, in the registry's order", () => {
    assert.deepEqual(
      summary.rows.map((r) => r.name),
      [...DETECTOR_NAMES],
    );
  });
  test("each row is what the detector's record gives", () => {
    for (const row of summary.rows) {
      assert.deepEqual(row, summaryRow(row.name, records[row.name] as unknown as WiderRecord), row.name);
    }
  });
  test("SSD MobileNet v1 and MTCNN are marked as trained on WIDER FACE train", () => {
    for (const name of ["mtcnn", "ssd-mobilenet-v1"]) assert.equal(summary.rows.find((r) => r.name === name)?.widerTrain, true, name);
  });
});
