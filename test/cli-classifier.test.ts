/**
 * `facelab classifier train` and `classify` end to end, spawned as a user would, on a small dataset
 * copied from `../shared/lfw/lfw-deepfunneled`: three people × five photos, plus a photo with no face
 * (dlib's dogs.jpg) in one person's folder and a loose photo at the top. Checks the model file, the
 * --json schema, the split mode (classify tests exactly the photos train did not see), exit codes and
 * the one-line errors. Skips without `../shared` (an error in CI, see harness/paths.ts).
 */
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import { SHARED } from "../harness/paths.js";
import { facelab, lines } from "./helpers/cli.js";

const LFW = SHARED === null ? null : path.join(SHARED, "lfw/lfw-deepfunneled");
const skip = LFW !== null && existsSync(LFW) ? false : "needs ../shared/lfw/lfw-deepfunneled (the LFW photos), absent here";
const PEOPLE = ["Colin_Powell", "George_W_Bush", "Tony_Blair"];
const photo = (person: string, i: number) => `${person}/${person}_000${i}.jpg`;

let tmp = "";
let data = "";
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-cli-classifier-"));
  data = path.join(tmp, "people");
  if (skip !== false) return;
  for (const person of PEOPLE) {
    await mkdir(path.join(data, person), { recursive: true });
    for (let i = 1; i <= 5; i++) await copyFile(path.join(LFW as string, photo(person, i)), path.join(data, photo(person, i)));
  }
  await copyFile(path.join(SHARED as string, "faces/dlib/dogs.jpg"), path.join(data, "Tony_Blair/dogs.jpg"));
  await copyFile(path.join(LFW as string, photo("Colin_Powell", 6)), path.join(data, "stranger.jpg"));
});
after(() => rm(tmp, { recursive: true, force: true }));

interface ClassifyJson {
  model: string;
  dataset: string;
  threshold: number;
  images: {
    path: string;
    truth: string | null;
    svm: { label: string; probability: number; decision: string };
    centroid: { label: string | null; nearest: string; distance: number };
  }[];
  skipped: { path: string; reason: string }[];
  accuracy: { count: number; svm: number; svmDecision: number; centroid: number; centroidNearest: number } | null;
}

describe("facelab classifier", { skip }, () => {
  const model = () => path.join(tmp, "model.json");

  test("train writes a model of three people, leaves the faceless photo out, exits 0", async () => {
    const r = await facelab("classifier", "train", data, model(), "--workers", "2");
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /Trained on 15 photos of 3 people \(1 left out\); training accuracy 1\.000 \(most probable person\), 1\.000 \(SVM vote\)/);
    assert.match(r.stderr, /embedding 16 photos of 3 people on 2 workers/);
    assert.match(r.stderr, /Tony_Blair\/dogs\.jpg: no face found, left out/);
    assert.match(r.stderr, /16\/16 100%/);
    const m = JSON.parse(await readFile(model(), "utf8"));
    assert.equal(m.format, "facelab-classifier");
    assert.deepEqual(m.svm.labels, PEOPLE);
    assert.deepEqual(m.trainCounts, { Colin_Powell: 5, George_W_Bush: 5, Tony_Blair: 5 });
    assert.equal(m.split, null);
    assert.equal(m.threshold, 0.41, "LFW's threshold for unit-length embeddings");
  });

  test("classify --json: every photo named, truth from the folder, null for the loose one, accuracy", async () => {
    const r = await facelab("classifier", "classify", data, model(), "--json", "--workers", "2");
    assert.equal(r.code, 0, r.stderr);
    const out = JSON.parse(r.stdout) as ClassifyJson;
    assert.deepEqual(Object.keys(out), ["model", "dataset", "threshold", "images", "skipped", "accuracy"]);
    assert.equal(out.images.length, 16);
    assert.deepEqual(out.skipped, [{ path: "Tony_Blair/dogs.jpg", reason: "no face found" }]);
    for (const im of out.images) {
      assert.deepEqual(Object.keys(im), ["path", "truth", "svm", "centroid"]);
      assert.deepEqual(Object.keys(im.svm), ["label", "probability", "decision"]);
      assert.ok(im.svm.probability > 1 / 3 && im.svm.probability <= 1, `${im.path}: ${im.svm.probability}`);
      assert.equal(im.truth, im.path.includes("/") ? im.path.split("/")[0] : null);
    }
    const stranger = out.images.find((im) => im.path === "stranger.jpg");
    assert.equal(stranger?.svm.label, "Colin_Powell", "an unseen photo of a known person");
    assert.deepEqual(out.accuracy, { count: 15, svm: 1, svmDecision: 1, centroid: 1, centroidNearest: 1 });
  });

  test("split mode: train on 3 photos each, classify tests exactly the other 2 (3 for Tony Blair)", async () => {
    const split = ["--min-images", "5", "--train-images", "3", "--workers", "2"];
    const splitModel = path.join(tmp, "split.json");
    const t = await facelab("classifier", "train", data, splitModel, ...split);
    assert.equal(t.code, 0, t.stderr);
    const m = JSON.parse(await readFile(splitModel, "utf8"));
    assert.deepEqual(m.split, { minImages: 5, trainImages: 3, seed: 666 });
    const c = await facelab("classifier", "classify", data, splitModel, ...split, "--json");
    assert.equal(c.code, 0, c.stderr);
    const out = JSON.parse(c.stdout) as ClassifyJson;
    const tested = [...out.images.map((im) => im.path), ...out.skipped.map((s) => s.path)];
    assert.equal(tested.length, 7);
    assert.ok(!tested.includes("stranger.jpg"), "loose photos are not in a split");
    const trained = Object.values(m.trainCounts as Record<string, number>).reduce((a, b) => a + b, 0);
    assert.equal(trained + out.images.length, 15, "train and test photos partition the faces");
    assert.equal(out.accuracy?.count, out.images.length);
  });

  test("the text report: one line per photo and the accuracy line", async () => {
    const r = await facelab("classifier", "classify", data, model(), "--workers", "1", "--threshold", "0.3");
    assert.equal(r.code, 0, r.stderr);
    const rows = lines(r.stdout);
    assert.equal(rows.length, 17);
    assert.match(rows[0], /^ 0 {2}Colin_Powell\/Colin_Powell_0001\.jpg {2}Colin_Powell: 0\.\d{3} ✓ {2}· centroid /);
    assert.match(rows[16], /^Accuracy on 15 photos: SVM 100\.0 %; centroid 100\.0 % \(\d+\.\d % with unknown beyond 0\.3\)$/);
  });

  test("clear errors: missing folder, not a model, bad flags, no subcommand", async () => {
    const missing = await facelab("classifier", "train", path.join(tmp, "nope"), model());
    assert.equal(missing.code, 2);
    assert.match(missing.stderr, /nope: no such folder \(expected one sub-folder of photos per person\)/);
    await writeFile(path.join(tmp, "other.json"), JSON.stringify({ images: {} }));
    const notModel = await facelab("classifier", "classify", data, path.join(tmp, "other.json"));
    assert.equal(notModel.code, 1);
    assert.match(notModel.stderr, /other\.json: not a facelab classifier model/);
    // A model from before the threshold moved to unit-length embeddings is refused, not misread.
    const current = JSON.parse(await readFile(model(), "utf8"));
    assert.equal(current.version, 2);
    await writeFile(path.join(tmp, "v1.json"), JSON.stringify({ ...current, version: 1, threshold: 0.6 }));
    const old = await facelab("classifier", "classify", data, path.join(tmp, "v1.json"));
    assert.equal(old.code, 1);
    assert.match(old.stderr, /v1\.json: written by an earlier facelab, whose "unknown" threshold \(0\.6\) was on raw descriptors; train it again/);
    await writeFile(path.join(tmp, "garbage.json"), "{ not json");
    assert.match((await facelab("classifier", "classify", data, path.join(tmp, "garbage.json"))).stderr, /garbage\.json: not JSON/);
    const flags = await facelab("classifier", "train", data, model(), "--min-images", "3", "--train-images", "3");
    assert.equal(flags.code, 2);
    assert.match(flags.stderr, /--train-images \(3\) must be below --min-images \(3\)/);
    const one = await facelab("classifier", "train", data, model(), "--min-images", "6", "--train-images", "2");
    assert.equal(one.code, 2);
    assert.match(one.stderr, /1 person with ≥ 6 photos; training needs at least two/);
    assert.equal((await facelab("classifier")).code, 2);
    assert.equal((await facelab("classifier", "classify", data)).code, 2);
  });
});
