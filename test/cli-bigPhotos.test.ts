/**
 * Big photos through the CLI, as a user runs it: group.jpg upscaled to 12 and 48 megapixels gives the
 * same faces as the original (once scaled: IoU ≥ 0.8 each, 0.9 on average, see `assertSameFaces`), detected at full size within Node's 1 GiB
 * budget, reported in the big photo's own pixels; `--max-side` detects on a reduced copy, says so,
 * and still reports the source's pixels.
 */
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import { matchBoxes } from "../src/core/matchBoxes.js";
import type { Box } from "../src/core/types.js";
import { ROOT } from "../harness/paths.js";
import { facelabWithin, lines } from "./helpers/cli.js";

const GROUP = path.join(ROOT, "docs/photos/group.jpg"); // 720×378, six faces
const [W, H] = [720, 378];
type Detected = { width: number; height: number; faces: { box: Box; landmarks: [number, number][] }[] };

let tmp = "";
const big: Record<string, { file: string; k: number }> = {};
let original: Detected;

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-big-"));
  for (const [name, k] of [
    ["12mp", Math.sqrt(12e6 / (W * H))],
    ["48mp", Math.sqrt(48e6 / (W * H))],
  ] as const) {
    const file = path.join(tmp, `group-${name}.jpg`);
    await sharp(GROUP)
      .resize(Math.round(W * k), Math.round(H * k), { kernel: "cubic" })
      .jpeg({ quality: 90 })
      .toFile(file);
    big[name] = { file, k };
  }
  const run = await facelabWithin(120_000, "detect", "--json", GROUP);
  original = (JSON.parse(run.stdout) as { images: Record<string, Detected> }).images[GROUP];
});
after(() => rm(tmp, { recursive: true, force: true }));

/**
 * Every face of the original, scaled by `k`, matched one-to-one by a face of `faces`: IoU ≥ 0.8 each
 * and ≥ 0.9 on average. Not IoU ≥ 0.9 each: MTCNN is not scale-equivariant
 * (the pyramid's levels fall elsewhere on the face, and near-tied candidates survive NMS by turns),
 * so the same face detected by the library on group.jpg scaled 1.5×–8× measured IoU 0.87–0.96 with
 * the scaled box, mean 0.91–0.94. A box in the wrong coordinate frame would be near IoU 0.
 * Faces below the original's minimum face size, scaled, may be found only in the big photo.
 */
function assertSameFaces(faces: Detected["faces"], k: number, what: string): void {
  assert.equal(original.faces.length, 6, "group.jpg has six faces");
  const scaled = original.faces.map(({ box }) => box.map((v) => v * k) as Box);
  const pairs = matchBoxes(
    scaled,
    faces.map((f) => f.box),
    0.8,
  );
  const ious = pairs.map((p) => p[2]);
  const mean = ious.reduce((a, b) => a + b, 0) / Math.max(1, ious.length);
  assert.equal(
    pairs.length,
    scaled.length,
    `${what}: ${pairs.length} of ${scaled.length} faces at IoU ≥ 0.8 (${JSON.stringify(faces.map((f) => f.box.map(Math.round)))})`,
  );
  assert.ok(mean >= 0.9, `${what}: mean IoU ${mean.toFixed(3)} (${ious.map((v) => v.toFixed(3)).join(", ")})`);
  // A face found only in the big photo must be one the original could not show: under 20 px there
  // (the minimum face), i.e. under 20·k here. At 8× the upscaled texture gives a few such 50–70 px finds.
  const extra = faces.filter((_, j) => !pairs.some((p) => p[1] === j));
  const big = extra.filter((f) => f.box[2] - f.box[0] >= 20 * k);
  assert.deepEqual(
    big.map((f) => f.box.map(Math.round)),
    [],
    `${what}: faces the original at 1× would have had room for`,
  );
}

describe("facelab detect on 12 and 48 MP photos", () => {
  for (const name of ["12mp", "48mp"]) {
    test(`${name}: full size, the same faces as the original, in the big photo's pixels`, async () => {
      const { file, k } = big[name];
      const run = await facelabWithin(10 * 60_000, "detect", "--json", file);
      assert.equal(run.code, 0, run.stderr);
      assert.equal(run.stderr, "", "within the budget: no reduction notice");
      const img = (JSON.parse(run.stdout) as { images: Record<string, Detected> }).images[file];
      const meta = await sharp(file).metadata();
      assert.deepEqual([img.width, img.height], [meta.width, meta.height]);
      assertSameFaces(img.faces, meta.width / W, name);
      assert.ok(Math.abs(meta.width / W - k) < 0.01);
    });
  }

  test("--max-side 2000 on 48 MP: detected on a reduced copy, said so, boxes still in the source's pixels", async () => {
    const { file } = big["48mp"];
    const run = await facelabWithin(10 * 60_000, "detect", "--json", "--max-side", "2000", file);
    assert.equal(run.code, 0, run.stderr);
    const meta = await sharp(file).metadata();
    assert.deepEqual(lines(run.stderr), [
      `facelab detect: ${file}: detected on a 1/${Number((meta.width! / 2000).toFixed(1))} copy (2000×${Math.floor(meta.height! * (2000 / meta.width!))} of ${meta.width}×${meta.height}); boxes are in the original's pixels`,
    ]);
    const img = (JSON.parse(run.stdout) as { images: Record<string, Detected> }).images[file];
    assert.deepEqual([img.width, img.height], [meta.width, meta.height]);
    assertSameFaces(img.faces, meta.width! / W, "48 MP via a 2000 px copy");
  });
});
