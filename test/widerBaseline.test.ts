/**
 * The committed MTCNN-on-WIDER record (data/wider/mtcnn-eval.json, made by scripts/widerBaseline.ts):
 * its runs are internally consistent — each breakdown splits the same faces and found faces as the
 * overall figure (a face's recall does not depend on which other faces are ignored), the thinned PR
 * curve ends at the operating point — and its face count is the annotation file's for the three events.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import { ROOT, SHARED } from "../harness/paths.js";
import { parseWiderAnnotations } from "../src/srn/widerAnnotations.js";

interface Score {
  label?: string;
  faces: number;
  recalled: number;
  recall: number | null;
  ap: number | null;
}
interface Run {
  settings: { minFace: number };
  counts: { images: number; faces: number };
  overall: Score;
  pr: { threshold: number; precision: number; recall: number }[];
  breakdowns: Record<string, Score[]>;
}

const record = JSON.parse(readFileSync(path.join(ROOT, "data/wider/mtcnn-eval.json"), "utf8")) as { runs: Run[] };

describe("data/wider/mtcnn-eval.json", () => {
  test("the reference run (min face 20) is there", () => {
    assert.ok(record.runs.some((r) => r.settings.minFace === 20));
  });
  for (const run of record.runs) {
    test(`min face ${run.settings.minFace}: every breakdown splits the same faces and found faces as the overall figure`, () => {
      for (const [name, buckets] of Object.entries(run.breakdowns)) {
        assert.equal(
          buckets.reduce((n, b) => n + b.faces, 0),
          run.overall.faces,
          name,
        );
        assert.equal(
          buckets.reduce((n, b) => n + b.recalled, 0),
          run.overall.recalled,
          name,
        );
      }
    });
    test(`min face ${run.settings.minFace}: the PR curve has ≤ 200 points, thresholds falling, recall rising to the operating point`, () => {
      assert.ok(run.pr.length > 10 && run.pr.length <= 200);
      run.pr.slice(1).forEach((p, i) => {
        assert.ok(p.threshold < run.pr[i].threshold);
        assert.ok(p.recall >= run.pr[i].recall);
      });
      assert.equal(run.pr.at(-1)?.threshold, 0);
      assert.equal(run.pr.at(-1)?.recall, run.overall.recall);
    });
  }
  const gt = SHARED === null ? null : path.join(SHARED, "wider/wider_face_train_bbx_gt.txt");
  test("the runs cover every annotated image and face of events 1, 4 and 19", { skip: gt !== null && existsSync(gt) ? false : "needs ../shared/wider" }, () => {
    const images = parseWiderAnnotations(readFileSync(gt as string, "utf8")).filter((a) => /^(1|4|19)--/.test(a.path));
    for (const run of record.runs) {
      assert.equal(run.counts.images, images.length);
      assert.equal(
        run.counts.faces,
        images.reduce((n, a) => n + a.faces.length, 0),
      );
    }
  });
});
