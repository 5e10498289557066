/**
 * `facelab detect --detector NAME` end to end, one spawned run per detector on one photo: the same
 * JSON schema for every detector, landmarks only from MTCNN, boxes within the image and on the face
 * MTCNN finds; and the usage errors of the new flag.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { describe, test } from "node:test";
import { iou } from "../src/core/box.js";
import { DETECTOR_NAMES } from "../src/detect/detector.js";
import type { Box } from "../src/core/types.js";
import { facelab, FIXTURES } from "./helpers/cli.js";

const PHOTO = path.join(FIXTURES, "Anthony_Hopkins_0001.jpg");

interface Out {
  images: Record<string, { width: number; height: number; faces: { box: Box; score: number; landmarks?: number[][] }[] }>;
}

/** The JSON of `detect --json --detector name PHOTO`, after checking the run and its schema. */
async function detectJson(name: string): Promise<Out> {
  const r = await facelab("detect", "--json", "--detector", name, PHOTO);
  assert.equal(r.code, 0, r.stderr);
  const out = JSON.parse(r.stdout) as Out;
  const entry = out.images[PHOTO];
  assert.deepEqual(Object.keys(entry).sort(), ["faces", "height", "width"]);
  assert.deepEqual([entry.width, entry.height], [250, 250]);
  for (const face of entry.faces) {
    assert.deepEqual(Object.keys(face).sort(), name === "mtcnn" ? ["box", "landmarks", "score"] : ["box", "score"]);
    assert.ok(face.score > 0 && face.score <= 1);
    const [x1, y1, x2, y2] = face.box;
    assert.ok(0 <= x1 && x1 < x2 && x2 <= 250 && 0 <= y1 && y1 < y2 && y2 <= 250, `box inside the image: ${face.box}`);
  }
  return out;
}

describe("facelab detect --detector", { concurrency: true }, () => {
  test("every detector gives the same schema and finds the face MTCNN finds (IoU ≥ 0.5)", async () => {
    // one detector at a time: seven tfjs processes at once could starve a two-core machine past the time limit
    const outs: Out[] = [];
    for (const name of DETECTOR_NAMES) outs.push(await detectJson(name));
    const [mtcnn, ...others] = outs; // DETECTOR_NAMES starts with mtcnn
    const reference = mtcnn.images[PHOTO].faces;
    assert.equal(reference.length, 1);
    assert.equal(reference[0].landmarks?.length, 5);
    for (const out of others) {
      const faces = out.images[PHOTO].faces;
      assert.equal(faces.length, 1);
      assert.ok(iou(faces[0].box, reference[0].box) >= 0.5);
    }
  });

  test("the default is mtcnn, and the help names every detector", async () => {
    const [plain, help] = await Promise.all([facelab("detect", "--json", PHOTO), facelab("detect", "--help")]);
    assert.deepEqual(Object.keys(JSON.parse(plain.stdout).images[PHOTO].faces[0]).sort(), ["box", "landmarks", "score"]);
    for (const name of DETECTOR_NAMES) assert.match(help.stdout, new RegExp(name));
  });

  test("--min-score lowers every detector's threshold: at least as many faces, each above it", async () => {
    for (const name of ["ssd-mobilenet-v1", "blazeface-back"]) {
      const group = path.join(FIXTURES, "2007_007763.jpg");
      const [plain, low] = await Promise.all([
        facelab("detect", "--json", "--detector", name, group),
        facelab("detect", "--json", "--detector", name, "--min-score", "0.1", group),
      ]);
      const faces = (r: { stdout: string }) => (JSON.parse(r.stdout) as Out).images[group].faces;
      assert.ok(faces(low).length >= faces(plain).length, name);
      assert.ok(faces(low).every((f) => f.score > 0.1));
    }
    const bad = await facelab("detect", "--min-score", "1", PHOTO);
    assert.equal(bad.code, 2);
    assert.match(bad.stderr, /--min-score must be between 0 and 1/);
  });

  test("an unknown detector or an MTCNN-only flag with another detector is a usage error (exit 2, one line)", async () => {
    const runs = await Promise.all([
      facelab("detect", "--detector", "yolo", PHOTO),
      facelab("detect", "--detector", "ssd-mobilenet-v1", "--min-face", "40", PHOTO),
      facelab("detect", "--detector", "tiny-face-detector", "--thresholds", "0.6,0.7,0.8", PHOTO),
    ]);
    for (const r of runs) {
      assert.equal(r.code, 2);
      assert.equal(r.stdout, "");
      assert.equal(r.stderr.trim().split("\n").length, 1);
    }
    assert.match(
      runs[0].stderr,
      /--detector must be one of mtcnn, ssd-mobilenet-v1, tiny-face-detector, blazeface-front, blazeface-back, blazeface-short, blazeface-full/,
    );
    assert.match(runs[1].stderr, /--min-face applies to --detector mtcnn only/);
  });
});
