/**
 * `facelab wider eval` end to end, spawned as `node --import tsx src/cli/main.ts wider eval …`: a
 * hand-made annotation and detection file (the unit tests' 5/6 case), path matching, errors, and
 * the real pipeline — `facelab detect --json` on one of the WIDER images the site ships, scored
 * against its annotation lines — equal to the library's `widerEvaluate` on the same JSON.
 */
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { ROOT } from "../harness/paths.js";
import { parseWiderAnnotations } from "../src/srn/widerAnnotations.js";
import { widerEvaluate } from "../src/wider/widerEvaluate.js";
import { facelab, facelabWithin } from "./helpers/cli.js";

const dir = mkdtempSync(path.join(tmpdir(), "facelab-cli-wider-"));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string) => {
  const p = path.join(dir, name);
  writeFileSync(p, text);
  return p;
};

// Face A (20 px), B (100 px, heavily occluded), an invalid face; detections A, a miss, B, and one on
// the invalid face (dropped): AP 5/6 as worked out in test/widerEval.test.ts.
const GT = file("gt.txt", "a--A/x.jpg\n3\n0 0 20 20 0 0 0 0 0 0\n100 0 100 100 0 0 0 0 2 0\n500 500 30 30 0 0 0 1 0 0\nb--B/y.jpg\n0\n0 0 0 0 0 0 0 0 0 0\n");
const faces = [
  { box: [0, 0, 20, 20], score: 1 },
  { box: [300, 300, 320, 320], score: 0.6 },
  { box: [100, 0, 200, 100], score: 0 },
  { box: [500, 500, 530, 530], score: 0.9 },
];
const DET = file("det.json", JSON.stringify({ images: { "/data/wider/a--A/x.jpg": { width: 640, height: 640, faces } } }));

describe("facelab wider eval", () => {
  test("prints AP, the operating point and the breakdown tables", async () => {
    const r = await facelab("wider", "eval", "--detections", DET, "--annotations", GT);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 images, 3 faces \(1 marked invalid, ignored\), 4 detections/);
    assert.match(r.stdout, /^AP 0\.833$/m);
    assert.match(r.stdout, /recall 100\.0% \(2 of 2 faces\), precision 66\.7%/);
    assert.match(r.stdout, /1 detections matched an ignored face/);
    assert.match(r.stdout, /^ {2}≥ 64 px +1 +1 +100\.0% +0\.500$/m);
    assert.match(r.stdout, /^ {2}heavy occlusion +1 +1 +100\.0% +0\.500$/m);
  });
  test("--json gives the result with the PR curve", async () => {
    const r = await facelab("wider", "eval", "--detections", DET, "--annotations", GT, "--json");
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.ok(Math.abs(json.overall.ap - 5 / 6) < 1e-12);
    assert.equal(json.iou, 0.5);
    assert.equal(json.pr.at(-1).threshold, 0);
    assert.equal(json.pr.at(-1).recall, 1);
    assert.deepEqual(Object.keys(json.breakdowns), ["size", "occlusion", "pose", "blur", "illumination", "expression"]);
  });
  test("--images-root maps paths relative to it; a path outside the annotations is an error naming both files", async () => {
    const ok = await facelab("wider", "eval", "--detections", DET, "--annotations", GT, "--images-root", "/data/wider");
    assert.equal(ok.code, 0, ok.stderr);
    const bad = await facelab("wider", "eval", "--detections", DET, "--annotations", GT, "--images-root", "/data");
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, /det\.json: image "\/data\/wider\/a--A\/x\.jpg" \(as "wider\/a--A\/x\.jpg"\) is not in gt\.txt; check --images-root/);
  });
  test("bad invocations exit 2, unreadable or malformed files exit 1 with the file named", async () => {
    const noFlags = await facelab("wider", "eval");
    assert.equal(noFlags.code, 2);
    assert.match(noFlags.stderr, /--detections FILE and --annotations FILE are required/);
    const iou = await facelab("wider", "eval", "--detections", DET, "--annotations", GT, "--iou", "1.5");
    assert.equal(iou.code, 2);
    const missing = await facelab("wider", "eval", "--detections", path.join(dir, "nope.json"), "--annotations", GT);
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /nope\.json: cannot read the detections \(ENOENT\)/);
    const notJson = await facelab("wider", "eval", "--detections", file("bad.json", "{"), "--annotations", GT);
    assert.match(notJson.stderr, /bad\.json: not JSON/);
    const noScore = file("noscore.json", JSON.stringify({ images: { "a--A/x.jpg": { faces: [{ box: [0, 0, 1, 1] }] } } }));
    const r = await facelab("wider", "eval", "--detections", noScore, "--annotations", GT);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /noscore\.json: image "a--A\/x\.jpg", face 1: expected \{"box": \[x1, y1, x2, y2\], "score": s\}/);
  });
  test("facelab wider alone prints its help to stderr (exit 2); --help to stdout (exit 0)", async () => {
    const [bare, help, evalHelp] = await Promise.all([facelab("wider"), facelab("wider", "--help"), facelab("wider", "eval", "--help")]);
    assert.equal(bare.code, 2);
    assert.match(bare.stderr, /facelab wider <stats\|eval>/);
    assert.equal(help.code, 0);
    assert.equal(evalHelp.code, 0);
    assert.match(evalHelp.stdout, /Usage: facelab wider eval --detections FILE --annotations FILE/);
  });
  test("facelab detect --json on a WIDER image, scored by wider eval, equals widerEvaluate on the same JSON", async () => {
    const image = path.join(ROOT, "docs/wider/1_Handshaking_Handshaking_1_716.jpg");
    const annotations = path.join(ROOT, "docs/wider/wider_face_train_bbx_gt.sample.txt");
    const detect = await facelabWithin(180_000, "detect", "--json", image);
    assert.equal(detect.code, 0, detect.stderr);
    const det = file("real.json", detect.stdout);
    const r = await facelab("wider", "eval", "--detections", det, "--annotations", annotations, "--json");
    assert.equal(r.code, 0, r.stderr);
    const json = JSON.parse(r.stdout);
    assert.equal(json.images, 1); // matched by file name: the shipped copies sit in one folder
    assert.equal(json.faces, 38);
    const { images } = JSON.parse(detect.stdout);
    const expected = widerEvaluate(
      new Map([["1--Handshaking/1_Handshaking_Handshaking_1_716.jpg", images[image].faces]]),
      parseWiderAnnotations(readFileSync(annotations, "utf8")),
    );
    assert.deepEqual(json, JSON.parse(JSON.stringify({ iou: 0.5, ...expected })));
    assert.ok(json.overall.recall > 0 && json.overall.ap > 0);
  });
});
