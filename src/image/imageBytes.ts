/**
 * What a file's bytes say before any decoder sees them: its format by magic number, and whether it
 * is empty, not an image, a format we do not take, or visibly cut short. The CLI (sharp) and the
 * pages (the browser's decoder) both ask this first, so the same file gets the same one-line answer
 * everywhere — and a truncated JPEG is refused instead of half-decoded (browsers paint the missing
 * part grey and detect on it).
 */

/** Formats recognised by their first bytes. */
export type ImageFormat = "jpeg" | "png" | "gif" | "webp" | "avif" | "heic" | "bmp" | "tiff" | "svg";

// The detector takes JPEG, PNG, GIF, WebP, AVIF, BMP (bmp-ts in Node) and TIFF in Node (sharp) and
// in Chromium, Firefox and Safari alike. TIFF is the exception: sharp reads it, browsers other than
// Safari do not, so a page refuses it ("tiff") before the browser's decoder is asked.

const ascii = (bytes: Uint8Array, from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
const starts = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** The format named by the file's first bytes (≥ 32 of them for SVG), or null. */
export function sniffFormat(head: Uint8Array): ImageFormat | null {
  if (starts(head, [0xff, 0xd8, 0xff])) return "jpeg";
  if (starts(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "png";
  if (ascii(head, 0, 4) === "GIF8") return "gif";
  if (ascii(head, 0, 4) === "RIFF" && ascii(head, 8, 12) === "WEBP") return "webp";
  if (ascii(head, 4, 8) === "ftyp") {
    const brand = ascii(head, 8, 12);
    if (brand === "avif" || brand === "avis") return "avif";
    if (/^(heic|heix|hevc|hevx|heim|heis|mif1|msf1)$/.test(brand)) return "heic";
  }
  if (ascii(head, 0, 2) === "BM") return "bmp";
  if (ascii(head, 0, 4) === "II*\0" || ascii(head, 0, 4) === "MM\0*") return "tiff";
  if (/^(\uFEFF)?\s*(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*(<!DOCTYPE svg[^>]*>\s*)?<svg[\s>]/i.test(new TextDecoder().decode(head))) return "svg";
  return null;
}

/**
 * What is wrong with a file, as a code a page can put in its reader's language (the CLI and the
 * English pages use `PROBLEM_TEXT`). "tiff" is only a problem in a browser.
 */
export type ImageProblem = "empty" | "not-image" | "heic" | "svg" | "tiff" | "truncated-jpeg" | "truncated-png";

/** The English one-liners, lower-case fragments meant to follow the file name; each says the user's next step. */
export const PROBLEM_TEXT: Record<ImageProblem, string> = {
  empty: "empty file",
  "not-image": "not an image (not JPEG, PNG, GIF, WebP, AVIF, BMP or TIFF)",
  heic: "unsupported format (HEIC); export it as JPEG (iPhone: Settings → Camera → Formats → Most Compatible)",
  svg: "unsupported format (SVG is a drawing, not a photo); export it as PNG",
  tiff: "unsupported format (TIFF) in the browser; convert it to PNG or JPEG (the facelab command line reads TIFF)",
  "truncated-jpeg": "truncated JPEG (the file ends before the image does)",
  "truncated-png": "truncated PNG (the file ends before the image does)",
};

/** What a page says of a format Node reads but browsers do not. */
export const BROWSER_UNSUPPORTED: Partial<Record<ImageFormat, string>> = { tiff: PROBLEM_TEXT.tiff };

/**
 * The problem with a file, from its first bytes (`head`, ≥ 64 recommended), its last bytes (`tail`,
 * `TAIL_BYTES` recommended: some phones append kilobytes after a JPEG's end marker) and its size;
 * null when a decoder should try it. `browser`: also refuse what browsers cannot decode (TIFF).
 */
export function imageProblemCode(head: Uint8Array, tail: Uint8Array, size: number, { browser = false } = {}): ImageProblem | null {
  if (size === 0) return "empty";
  const format = sniffFormat(head);
  if (format === null) return "not-image";
  if (format === "heic" || format === "svg") return format;
  if (browser && format === "tiff") return "tiff";
  if (format === "jpeg" && !hasJpegEnd(tail)) return "truncated-jpeg";
  if (format === "png" && ascii(tail, Math.max(0, tail.length - 8), tail.length - 4) !== "IEND") return "truncated-png";
  return null;
}

/** `imageProblemCode` in English words (the CLI's messages): "empty file", "not an image", "unsupported format (…)", "truncated …". */
export function imageProblem(head: Uint8Array, tail: Uint8Array, size: number): string | null {
  const code = imageProblemCode(head, tail, size);
  return code && PROBLEM_TEXT[code];
}

/** How many of a file's last bytes `imageProblem` wants to see. */
export const TAIL_BYTES = 65536;

/**
 * A complete JPEG has its end marker FF D9 near the end (phones may append data after it). Inside the
 * entropy-coded data a 0xFF byte is always followed by 00 or a restart marker, so FF D9 cannot appear
 * there: a file cut inside the image data has none in its tail.
 */
function hasJpegEnd(tail: Uint8Array): boolean {
  for (let i = tail.length - 2; i >= 0; i--) if (tail[i] === 0xff && tail[i + 1] === 0xd9) return true;
  return false;
}
