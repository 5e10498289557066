/**
 * Tests for src/mtcnn/options.ts: the reference defaults, merging with `??`, and one actionable
 * MtcnnOptionError per invalid option.
 */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { DEFAULT_MTCNN_CONFIG, MtcnnOptionError, resolveMtcnnConfig, type MtcnnOptions } from "../src/mtcnn/options.js";

const REFERENCE = {
  minFaceSize: 20,
  scaleFactor: 0.709,
  thresholds: [0.6, 0.7, 0.7],
  nmsPerScale: 0.5,
  nmsAcrossScales: 0.7,
  nmsRNet: 0.7,
  nmsONet: 0.7,
  nmsONetMode: "min",
  cropBorder: "clip",
  cropSampling: "area",
  batching: "auto",
};

describe("DEFAULT_MTCNN_CONFIG", () => {
  test("DEFAULT_MTCNN_CONFIG holds the reference values", () => {
    assert.deepEqual({ ...DEFAULT_MTCNN_CONFIG }, REFERENCE);
  });
  test("DEFAULT_MTCNN_CONFIG is frozen", () => {
    assert.ok(Object.isFrozen(DEFAULT_MTCNN_CONFIG));
  });
});

describe("resolveMtcnnConfig", () => {
  test("resolveMtcnnConfig() and resolveMtcnnConfig({}) are the reference defaults", () => {
    assert.deepEqual(resolveMtcnnConfig(), REFERENCE);
    assert.deepEqual(resolveMtcnnConfig({}), REFERENCE);
  });

  test("resolveMtcnnConfig(options) overrides only the given fields", () => {
    const c = resolveMtcnnConfig({ minFaceSize: 40, thresholds: [0.5, 0.6, 0.8], nmsONetMode: "union", cropBorder: "pad" });
    assert.deepEqual(c, { ...REFERENCE, minFaceSize: 40, thresholds: [0.5, 0.6, 0.8], nmsONetMode: "union", cropBorder: "pad" });
  });

  test("resolveMtcnnConfig(options) treats undefined fields as absent", () => {
    assert.deepEqual(resolveMtcnnConfig({ minFaceSize: undefined, scaleFactor: undefined }), REFERENCE);
  });

  test("resolveMtcnnConfig(options) keeps legitimate zero values (merged with ??, not ||)", () => {
    const c = resolveMtcnnConfig({ thresholds: [0, 0, 0], nmsPerScale: 0, nmsAcrossScales: 0, nmsRNet: 0, nmsONet: 0 });
    assert.deepEqual(c.thresholds, [0, 0, 0]);
    assert.equal(c.nmsPerScale, 0);
    assert.equal(c.nmsAcrossScales, 0);
    assert.equal(c.nmsRNet, 0);
    assert.equal(c.nmsONet, 0);
  });

  test("resolveMtcnnConfig(options) accepts the boundary values", () => {
    assert.doesNotThrow(() => resolveMtcnnConfig({ minFaceSize: 12, scaleFactor: 0.999, thresholds: [0, 1, 1], nmsONet: 1 }));
  });

  test("resolveMtcnnConfig(options) does not mutate its input, nor share its thresholds array", () => {
    const thresholds: [number, number, number] = [0.5, 0.6, 0.8];
    const options: MtcnnOptions = { thresholds, minFaceSize: 30 };
    const c = resolveMtcnnConfig(options);
    assert.deepEqual(options, { thresholds: [0.5, 0.6, 0.8], minFaceSize: 30 });
    assert.notEqual(c.thresholds, thresholds);
    c.thresholds[0] = 0.99;
    assert.deepEqual(thresholds, [0.5, 0.6, 0.8]);
  });

  test("resolveMtcnnConfig() returns thresholds that are not the defaults' own array", () => {
    const c = resolveMtcnnConfig();
    assert.notEqual(c.thresholds, DEFAULT_MTCNN_CONFIG.thresholds);
    c.thresholds[1] = 0.01;
    assert.deepEqual(DEFAULT_MTCNN_CONFIG.thresholds, [0.6, 0.7, 0.7]);
    assert.deepEqual(resolveMtcnnConfig().thresholds, [0.6, 0.7, 0.7]);
  });

  // Each invalid option, the name its error must mention.
  const invalid: [string, MtcnnOptions, string][] = [
    ["minFaceSize below 12", { minFaceSize: 11 }, "minFaceSize"],
    ["minFaceSize NaN", { minFaceSize: Number.NaN }, "minFaceSize"],
    ["minFaceSize Infinity", { minFaceSize: Number.POSITIVE_INFINITY }, "minFaceSize"],
    ["scaleFactor 1", { scaleFactor: 1 }, "scaleFactor"],
    ["scaleFactor 0.1", { scaleFactor: 0.1 }, "scaleFactor"],
    ["scaleFactor negative", { scaleFactor: -0.5 }, "scaleFactor"],
    ["scaleFactor NaN", { scaleFactor: Number.NaN }, "scaleFactor"],
    ["a threshold above 1", { thresholds: [0.6, 1.2, 0.7] }, "thresholds"],
    ["a negative threshold", { thresholds: [-0.1, 0.7, 0.7] }, "thresholds"],
    ["a NaN threshold", { thresholds: [0.6, 0.7, Number.NaN] }, "thresholds"],
    ["two thresholds", { thresholds: [0.6, 0.7] as unknown as [number, number, number] }, "thresholds"],
    ["four thresholds", { thresholds: [0.6, 0.7, 0.7, 0.7] as unknown as [number, number, number] }, "thresholds"],
    ["nmsPerScale above 1", { nmsPerScale: 1.5 }, "nmsPerScale"],
    ["nmsAcrossScales negative", { nmsAcrossScales: -0.01 }, "nmsAcrossScales"],
    ["nmsRNet NaN", { nmsRNet: Number.NaN }, "nmsRNet"],
    ["nmsONet above 1", { nmsONet: 2 }, "nmsONet"],
    ["nmsONetMode unknown", { nmsONetMode: "max" as unknown as "min" }, "nmsONetMode"],
    ["cropBorder unknown", { cropBorder: "mirror" as unknown as "pad" }, "cropBorder"],
    ["cropSampling unknown", { cropSampling: "nearest" as unknown as "area" }, "cropSampling"],
    ["batching unknown", { batching: "padded" as unknown as "auto" }, "batching"],
  ];
  for (const [what, options, name] of invalid) {
    test(`resolveMtcnnConfig({ ${name} }) throws MtcnnOptionError naming ${name} for ${what}`, () => {
      assert.throws(
        () => resolveMtcnnConfig(options),
        (e: unknown) => {
          assert.ok(e instanceof MtcnnOptionError, "an MtcnnOptionError");
          assert.ok(e instanceof RangeError, "a RangeError");
          assert.equal(e.name, "MtcnnOptionError");
          assert.match(e.message, new RegExp(`^${name} `), e.message);
          return true;
        },
      );
    });
  }

  test("resolveMtcnnConfig(options) names the offending option, not another one", () => {
    // nmsONet is a prefix of nmsONetMode: make sure the message is about the field at fault.
    assert.throws(() => resolveMtcnnConfig({ nmsONet: 3 }), /^MtcnnOptionError: nmsONet must .*got 3$/);
    assert.throws(() => resolveMtcnnConfig({ minFaceSize: 5 }), { message: /got 5$/ });
  });
});
