/** The byte-level checks every input passes first (sniffFormat, imageProblem) and the size bound (fitWithin). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { imageProblem, sniffFormat } from "../src/image/imageBytes.js";
import { downscaleNotice, fitWithin, MAX_IMAGE_SIDE } from "../src/image/imageLimits.js";

const bytes = (...parts: (number[] | string)[]) =>
  Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
const JPEG_END = bytes([0xff, 0xd9]);
const PNG_END = bytes([0, 0, 0, 0], "IEND", [0xae, 0x42, 0x60, 0x82]);

describe("sniffFormat", () => {
  test("names each format by its magic number", () => {
    assert.equal(sniffFormat(bytes([0xff, 0xd8, 0xff, 0xe0])), "jpeg");
    assert.equal(sniffFormat(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a])), "png");
    assert.equal(sniffFormat(bytes("GIF89a")), "gif");
    assert.equal(sniffFormat(bytes("RIFF", [1, 2, 3, 4], "WEBPVP8 ")), "webp");
    assert.equal(sniffFormat(bytes([0, 0, 0, 28], "ftypavif")), "avif");
    assert.equal(sniffFormat(bytes([0, 0, 0, 24], "ftypheic")), "heic");
    assert.equal(sniffFormat(bytes('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg">')), "svg");
  });

  test("returns null for text and for bytes that only look alike", () => {
    assert.equal(sniffFormat(bytes("hello, world")), null);
    assert.equal(sniffFormat(bytes([0xff, 0xd8])), null);
    assert.equal(sniffFormat(bytes("<html><svg>")), null);
  });
});

describe("imageProblem", () => {
  test("empty, not an image, unsupported, truncated — or null for a complete supported file", () => {
    assert.equal(imageProblem(bytes(), bytes(), 0), "empty file");
    assert.match(imageProblem(bytes("hello"), bytes("hello"), 5) ?? "", /^not an image/);
    assert.match(imageProblem(bytes([0, 0, 0, 24], "ftypheic"), bytes([0]), 100) ?? "", /^unsupported format \(HEIC\)/);
    assert.match(imageProblem(bytes([0xff, 0xd8, 0xff]), bytes([0x12, 0x34]), 1000) ?? "", /^truncated JPEG/);
    assert.match(imageProblem(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), bytes([1, 2, 3]), 1000) ?? "", /^truncated PNG/);
    assert.equal(imageProblem(bytes([0xff, 0xd8, 0xff]), JPEG_END, 1000), null);
    assert.equal(imageProblem(bytes([0xff, 0xd8, 0xff]), bytes([...JPEG_END, 0, 0, 0]), 1000), null, "data after the end marker");
    assert.equal(imageProblem(bytes([0x89], "PNG", [0x0d, 0x0a, 0x1a, 0x0a]), PNG_END, 1000), null);
  });
});

describe("fitWithin", () => {
  test("leaves images within the bound alone and scales larger ones to it, aspect kept", () => {
    assert.deepEqual(fitWithin({ width: 800, height: 600 }), { width: 800, height: 600 });
    assert.deepEqual(fitWithin({ width: 12000, height: 9000 }), { width: MAX_IMAGE_SIDE, height: 1200 });
    assert.deepEqual(fitWithin({ width: 100000, height: 1 }, 1600), { width: 1600, height: 1 }, "never 0 px");
  });

  test("the notice names both sizes", () => {
    assert.equal(downscaleNotice({ width: 12000, height: 9000 }, { width: 1600, height: 1200 }), "image too large, downscaled to 1600×1200 (from 12000×9000)");
  });
});
