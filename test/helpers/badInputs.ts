/**
 * The bad-input corpus of issue 10, generated (never hand-picked) into a folder: every kind of file a
 * student might feed the CLI or a page — empty, cut short, not an image, odd colour models and bit
 * depths, all eight EXIF orientations, tiny, huge, animated, every format sharp writes, a drawing, no
 * face, a crowd of 110 real LFW faces — each with the answer facelab must give. The CLI test and the
 * browser test run the same files against the same expectations.
 */
import { existsSync } from "node:fs";
import { readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp, { type Sharp } from "sharp";
import { seededRandom } from "../../src/core/random.js";
import { ROOT, SHARED } from "../../harness/paths.js";

/** What facelab must answer for a file. */
export type Expectation =
  /** Decoded; between `min` and `max` faces found (reported in the file's own size, whatever the detector ran at). */
  | { kind: "decoded"; min: number; max: number }
  /** Refused with a one-line message matching `message` (after "<file>: "). */
  | { kind: "refused"; message: RegExp };

export interface CorpusFile {
  name: string;
  file: string;
  expect: Expectation;
  /** EXIF orientation the file carries (the orientation set only). */
  orientation?: number;
  /** The size a viewer shows (after EXIF orientation), for decoded files. */
  size?: [number, number];
  /** What a page answers, where it differs from the CLI (TIFF: browsers have no decoder). */
  browser?: Expectation;
}

const HOPKINS = path.join(ROOT, "docs/photos/Anthony_Hopkins_0001.jpg");
const PORTRAIT = path.join(ROOT, "docs/photos/portrait.jpg");
const GROUP = path.join(ROOT, "docs/photos/group.jpg");
const NO_FACE = path.join(ROOT, "docs/photos/no-face.jpg");

const one = { kind: "decoded", min: 1, max: 1 } as const;
const oneOrTwo = { kind: "decoded", min: 1, max: 2 } as const;
const none = { kind: "decoded", min: 0, max: 0 } as const;
const refused = (message: RegExp): Expectation => ({ kind: "refused", message });

/**
 * Stored pixels for EXIF orientation k such that a viewer that honours the tag shows the original:
 * the inverse of the tag's display transform (EXIF 2.32, Orientation tag, values 1–8). Rotation and
 * mirroring run as two sharp passes, since one pipeline mirrors before it rotates whatever the call order.
 */
async function storedFor(k: number, file: string): Promise<Sharp> {
  const turn = [0, 0, 0, 180, 0, 90, 270, 270, 90][k];
  const mirror = k === 2 || k === 5 || k === 7 ? "flop" : k === 4 ? "flip" : null;
  const turned = sharp(await sharp(file).rotate(turn).png().toBuffer());
  return mirror === "flop" ? turned.flop() : mirror === "flip" ? turned.flip() : turned;
}

/** A tiled grid of `cols`×`rows` real LFW faces (centre crops of deep-funneled images), seeded pick. */
async function crowd(cols: number, rows: number, tile: number): Promise<Buffer> {
  const root = path.join(SHARED as string, "lfw/lfw-deepfunneled");
  const people = (await readdir(root)).sort();
  const random = seededRandom(10);
  const picks = Array.from({ length: cols * rows }, () => people[Math.floor(random() * people.length)]);
  const tiles = await Promise.all(
    picks.map(async (person, i) => {
      const file = path.join(root, person, `${person}_0001.jpg`);
      const input = await sharp(file).extract({ left: 70, top: 70, width: 110, height: 110 }).resize(tile, tile).toBuffer();
      return { input, left: (i % cols) * tile, top: Math.floor(i / cols) * tile };
    }),
  );
  return sharp({ create: { width: cols * tile, height: rows * tile, channels: 3, background: "#808080" } })
    .composite(tiles)
    .jpeg({ quality: 92 })
    .toBuffer();
}

/**
 * A 24-bit bottom-up BMP (BITMAPINFOHEADER, rows padded to 4 bytes, BGR) of raw RGB pixels, written
 * here by hand so the decoder under test (bmp-ts, the browser's) is checked against an independent writer.
 */
function bmp24({ data, info }: { data: Buffer; info: { width: number; height: number; channels: number } }): Buffer {
  const { width, height, channels } = info;
  const row = Math.ceil((width * 3) / 4) * 4;
  const out = Buffer.alloc(54 + row * height);
  out.write("BM", 0, "latin1");
  out.writeUInt32LE(out.length, 2);
  out.writeUInt32LE(54, 10);
  out.writeUInt32LE(40, 14);
  out.writeInt32LE(width, 18);
  out.writeInt32LE(height, 22);
  out.writeUInt16LE(1, 26);
  out.writeUInt16LE(24, 28);
  out.writeUInt32LE(row * height, 34);
  for (let y = 0; y < height; y++) {
    const dst = 54 + (height - 1 - y) * row;
    for (let x = 0; x < width; x++) {
      const p = (y * width + x) * channels;
      out[dst + x * 3] = data[p + 2];
      out[dst + x * 3 + 1] = data[p + 1];
      out[dst + x * 3 + 2] = data[p];
    }
  }
  return out;
}

/** A BMP's width and height from its header. */
function bmpSize(bytes: Uint8Array): { width: number; height: number; orientation?: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { width: view.getInt32(18, true), height: Math.abs(view.getInt32(22, true)) };
}

/** Writes the corpus into `dir` and returns it with the expected answers. */
export async function makeCorpus(dir: string): Promise<CorpusFile[]> {
  const files: CorpusFile[] = [];
  const put = async (name: string, bytes: Uint8Array | string, expect: Expectation, orientation?: number, browser?: Expectation) => {
    const file = path.join(dir, name);
    await writeFile(file, bytes);
    let size: [number, number] | undefined;
    if (expect.kind === "decoded") {
      const meta = name.endsWith(".bmp") ? bmpSize(bytes as Uint8Array) : await sharp(bytes).metadata();
      size = (meta.orientation ?? 1) >= 5 ? [meta.height as number, meta.width as number] : [meta.width as number, meta.height as number];
    }
    files.push({ name, file, expect, orientation, size, browser });
  };
  const hopkins = await sharp(HOPKINS).toBuffer();
  const random = seededRandom(7);
  await put("empty.jpg", new Uint8Array(0), refused(/^empty file$/));
  await put("truncated.jpg", hopkins.subarray(0, Math.floor(hopkins.length * 0.6)), refused(/^truncated JPEG/));
  const png = await sharp(HOPKINS).png().toBuffer();
  await put("truncated.png", png.subarray(0, Math.floor(png.length * 0.6)), refused(/^truncated PNG/));
  await put(
    "random-bytes.jpg",
    Uint8Array.from({ length: 4096 }, () => Math.floor(random() * 256)),
    refused(/^not an image/),
  );
  await put("notes.txt", "These are not the pixels you are looking for.\n".repeat(20), refused(/^not an image/));
  await put("png-named.jpg", png, one);
  await put("alpha.png", await sharp(HOPKINS).ensureAlpha(0.75).png().toBuffer(), one);
  await put("16-bit.png", await sharp(HOPKINS).toColourspace("rgb16").png().toBuffer(), one);
  await put("grayscale.jpg", await sharp(HOPKINS).toColourspace("b-w").jpeg().toBuffer(), one);
  await put("cmyk.jpg", await sharp(HOPKINS).toColourspace("cmyk").jpeg().toBuffer(), one);
  for (let k = 1; k <= 8; k++) {
    // portrait.jpg re-encoded: its face, and, depending on the JPEG round-off, a false positive (score ≈ 0.96)
    // on the wallpaper ornament at the right edge, which the original file stays just below the threshold on.
    await put(`orientation-${k}.jpg`, await (await storedFor(k, PORTRAIT)).withMetadata({ orientation: k }).jpeg({ quality: 95 }).toBuffer(), oneOrTwo, k);
  }
  const solid = (n: number) =>
    sharp({ create: { width: n, height: n, channels: 3, background: "#c08060" } })
      .png()
      .toBuffer();
  await put("1x1.png", await solid(1), none);
  await put("3x3.png", await solid(3), none);
  const group = await sharp(GROUP).resize(12000, 6300, { kernel: "cubic" }).toBuffer();
  const huge = sharp({ create: { width: 12000, height: 9000, channels: 3, background: "#808080" } }).composite([{ input: group, top: 1350, left: 0 }]);
  // The six faces of group.jpg at 10×: 108 MP, over both budgets, so detected on a reduced copy (Node
  // 48.8 MP, a page 12.2 MP); a seventh, tiny, may be found in the grey.
  await put("huge-12000x9000.jpg", await huge.jpeg({ quality: 80 }).toBuffer(), { kind: "decoded", min: 5, max: 8 });
  const frames = [hopkins, await sharp(NO_FACE).resize(250, 250).toBuffer(), await sharp(HOPKINS).flop().toBuffer()];
  await put(
    "animated.gif",
    await sharp(frames, { join: { animated: true } })
      .gif({ delay: 500, loop: 0 })
      .toBuffer(),
    one,
  );
  await put("photo.webp", await sharp(HOPKINS).webp().toBuffer(), one);
  await put("photo.bmp", bmp24(await sharp(HOPKINS).raw().toBuffer({ resolveWithObject: true })), one);
  await put("photo.tiff", await sharp(HOPKINS).tiff().toBuffer(), one, undefined, refused(/^unsupported format \(TIFF\) in the browser/));
  const avif = await sharp(HOPKINS).avif().toBuffer();
  await put("photo.avif", avif, one);
  // sharp's libheif has no HEVC encoder, so a true HEIC cannot be written here: this is the AVIF's
  // HEIF container relabelled with the "heic" brand, as an iPhone's file starts.
  const heic = Buffer.from(avif);
  heic.write("heic", 8, "latin1");
  await put("photo.heic", heic, refused(/^unsupported format \(HEIC\)/));
  await put(
    "drawing.svg",
    `<svg xmlns="http://www.w3.org/2000/svg" width="200" height="200"><circle cx="100" cy="100" r="80" fill="#fc0"/></svg>`,
    refused(/^unsupported format \(SVG/),
  );
  await put("no-face.jpg", await sharp(NO_FACE).jpeg().toBuffer(), none);
  if (SHARED && existsSync(path.join(SHARED, "lfw/lfw-deepfunneled"))) {
    await put("crowd-110.jpg", await crowd(11, 10, 72), { kind: "decoded", min: 100, max: 110 });
  }
  return files;
}
