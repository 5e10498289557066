/**
 * data/wider/*.json are reproduced from WIDER FACE's training annotations: the full computation is
 * re-run on ../shared/wider/wider_face_train_bbx_gt.txt (or $FACELAB_SHARED/wider/…) and compared
 * byte for byte with the committed files; `facelab wider stats` writes the same files; and the
 * committed counts are consistent with SRN's anchor tiling wherever the test runs.
 */
import assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, test } from "node:test";
import { ROOT, SHARED } from "../harness/paths.js";
import { facelab } from "./helpers/cli.js";
import type { AnchorMatchStats } from "../src/srn/anchorMatchStats.js";
import { tileLevels } from "../src/srn/anchors.js";
import { widerStatsFiles } from "../src/srn/widerStats.js";

const shared = process.env.FACELAB_SHARED ?? SHARED;
const ANNOTATIONS = shared ? path.join(shared, "wider/wider_face_train_bbx_gt.txt") : null;
const committed = (name: string) => readFileSync(path.join(ROOT, "data/wider", name), "utf8");

describe("WIDER statistics", () => {
  test("the committed anchor counts add up to images × anchors on every level", () => {
    const stats = JSON.parse(committed("anchors.json")) as AnchorMatchStats;
    const levels = tileLevels(stats.inputSize, stats.inputSize);
    assert.equal(stats.anchorsPerImage, 174_720);
    for (const step of stats.steps) {
      step.levels.forEach((l, k) => assert.equal(l.positive + l.ignored + l.negative, stats.images * levels[k].count, `${step.name} ${l.name}`));
      assert.ok(step.levels.every((l) => l.positiveByThreshold <= l.positive));
    }
  });

  test("data/wider/*.json are reproduced from all 12,880 training images", {
    skip: ANNOTATIONS && existsSync(ANNOTATIONS) ? false : "no ../shared/wider (set FACELAB_SHARED)",
    timeout: 600_000,
  }, (t) => {
    const t0 = Date.now();
    const files = widerStatsFiles(readFileSync(ANNOTATIONS!, "utf8"), { source: "wider_face_train_bbx_gt.txt" });
    t.diagnostic(`recomputed in ${Date.now() - t0} ms`);
    const faces = JSON.parse(files["faces.json"]);
    assert.equal(faces.images, 12_880);
    assert.equal(faces.faces, 159_424);
    assert.equal(files["faces.json"], committed("faces.json"));
    assert.equal(files["anchors.json"], committed("anchors.json"));
  });

  test("facelab wider stats writes both files for an annotation file", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "wider-"));
    try {
      const gt = path.join(dir, "gt.txt");
      const text = "a/1.jpg\n2\n100 100 20 24 0 0 0 0 0 0\n300 40 60 30 0 0 0 0 0 0\nb/2.jpg\n0\n0 0 0 0 0 0 0 0 0 0\n";
      writeFileSync(gt, text);
      const run = await facelab("wider", "stats", "--annotations", gt, "--out", path.join(dir, "out"));
      assert.equal(run.code, 0, run.stderr);
      const expected = widerStatsFiles(text, { source: "gt.txt" });
      for (const name of ["faces.json", "anchors.json"] as const) assert.equal(readFileSync(path.join(dir, "out", name), "utf8"), expected[name]);
      const missing = await facelab("wider", "stats", "--annotations", path.join(dir, "nope.txt"));
      assert.equal(missing.code, 1);
      assert.match(missing.stderr, /nope\.txt: cannot read the annotations \(ENOENT\)/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
