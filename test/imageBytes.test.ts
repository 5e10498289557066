/** The byte-level checks every input passes first (sniffFormat, imageProblem) and the detection budget (detectionSize). */
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { imageProblem, sniffFormat } from "../src/image/imageBytes.js";
import {
  BROWSER_DETECT_BUDGET,
  detectionSize,
  isReduced,
  NODE_DETECT_BUDGET,
  pixelsForBudget,
  reductionNotice,
  reductionRatio,
} from "../src/image/imageLimits.js";

const bytes = (...parts: (number[] | string)[]) => Uint8Array.from(parts.flatMap((p) => (typeof p === "string" ? [...p].map((c) => c.charCodeAt(0)) : p)));
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
    assert.equal(sniffFormat(bytes("BM", [0, 0, 0, 0])), "bmp");
    assert.equal(sniffFormat(bytes("II*", [0])), "tiff");
    assert.equal(sniffFormat(bytes("MM", [0], "*")), "tiff");
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
    assert.equal(imageProblem(bytes("BM", [0, 0]), bytes([0]), 1000), null, "BMP is decoded (bmp-ts in Node, the browser in pages)");
    assert.equal(imageProblem(bytes("II*", [0]), bytes([0]), 1000), null, "TIFF is decoded in Node");
  });
});

describe("detectionSize", () => {
  test("leaves images within the budget alone and reduces larger ones to fit it, aspect kept", () => {
    const budget = { maxPixels: 12e6 };
    assert.deepEqual(detectionSize({ width: 4000, height: 3000 }, budget), { width: 4000, height: 3000 });
    const used = detectionSize({ width: 12000, height: 9000 }, budget);
    assert.ok(used.width * used.height <= 12e6, `${used.width}×${used.height} within 12 MP`);
    assert.ok(used.width * used.height > 11.99e6, "and no smaller than it must be");
    assert.ok(Math.abs(used.width / used.height - 4 / 3) < 1e-3, "aspect kept");
    assert.deepEqual(detectionSize({ width: 100000, height: 1 }, { maxSide: 1600 }), { width: 1600, height: 1 }, "never 0 px");
    assert.deepEqual(detectionSize({ width: 10, height: 10 }, { maxPixels: 1 }), { width: 1, height: 1 });
  });

  test("the budget is memory: Node's 1 GiB takes 24 and 48 MP photos whole, a page's 256 MiB takes a 12 MP phone photo whole", () => {
    const node = { maxPixels: pixelsForBudget(NODE_DETECT_BUDGET) };
    const page = { maxPixels: pixelsForBudget(BROWSER_DETECT_BUDGET) };
    assert.deepEqual(detectionSize({ width: 8000, height: 6000 }, node), { width: 8000, height: 6000 });
    assert.deepEqual(detectionSize({ width: 4032, height: 3024 }, page), { width: 4032, height: 3024 });
    assert.ok(isReduced({ width: 12000, height: 9000 }, detectionSize({ width: 12000, height: 9000 }, node)));
    assert.equal(
      detectionSize({ width: 12000, height: 9000 }).width,
      detectionSize({ width: 12000, height: 9000 }, node).width,
      "Node's budget is the default here",
    );
  });

  test("a longest side replaces nothing but caps the side; bad limits are refused", () => {
    assert.deepEqual(detectionSize({ width: 4000, height: 3000 }, { maxSide: 2000, maxPixels: Infinity }), { width: 2000, height: 1500 });
    assert.throws(() => detectionSize({ width: 10, height: 10 }, { maxPixels: 0 }), RangeError);
    assert.throws(() => detectionSize({ width: 10, height: 10 }, { maxSide: NaN }), RangeError);
  });

  test("the notice says how much smaller the copy is and that boxes are in the original's pixels", () => {
    assert.equal(
      reductionNotice({ width: 4000, height: 3000 }, { width: 1600, height: 1200 }),
      "detected on a 1/2.5 copy (1600×1200 of 4000×3000); boxes are in the original's pixels",
    );
    assert.equal(reductionRatio({ width: 12000, height: 9000 }, { width: 4000, height: 3000 }), "1/3");
  });
});
