/**
 * Writes the site's smaller copies of the MTCNN weights: models/mtcnn/web/<net>-weights_manifest.json
 * and <net>.bin, from the float32 originals in models/mtcnn/ (kept: they are the reference and the CLI
 * reads them). Every weight is stored as float16, in tfjs-converter's `--quantize_float16` format (the
 * entry gains `"quantization": {"dtype": "float16", "original_dtype": "float32"}`, the values are
 * little-endian binary16), except the tensors in `ONE_BYTE`: one byte per value with a range per output
 * channel (src/mtcnn/channelBytes.ts; the entry says `"quantization": {"dtype": "uint8", "axis": 1, …}`).
 * src/mtcnn/weights.ts reads both. Re-runnable; the output depends only on the input.
 *   node --import tsx scripts/quantizeMtcnn.ts [--from models/mtcnn] [--out models/mtcnn/web]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../src/node/writeAtomic.js";
import { encodeChannelBytes } from "../src/mtcnn/channelBytes.js";
import { encodeFloat16 } from "./float16.js";

/**
 * The weights stored in one byte per value: O-Net's fully connected layer alone, 294,912 of the three
 * nets' 494,296 values. Measured on the 301 reference images (bench/README.md, "The site's MTCNN
 * weights"): with it the site's copy still matches 420 of the reference's 425 confident faces at IoU ≥ 0.9,
 * as all-float16 does; adding R-Net's fully connected layer (416) or O-Net's convolutions (418) costs
 * faces, and one range per tensor instead of per channel cost 38.
 */
const ONE_BYTE = new Set(["onet/conv5/weights"]);

interface Entry {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; original_dtype?: string; axis?: number };
}
type Manifest = { paths: string[]; weights: Entry[] }[];

const { values: args } = parseArgs({
  options: {
    from: { type: "string", default: "models/mtcnn" },
    out: { type: "string", default: "models/mtcnn/web" },
  },
});
const from = path.resolve(args.from);
const out = path.resolve(args.out);

/** Stores one net smaller: one group, one shard, named as the float32 files so a reader swaps folders only. */
async function quantize(net: string): Promise<{ values: number; bytes: [number, number] }> {
  const manifestFile = path.join(from, `${net}-weights_manifest.json`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  if (manifest.length !== 1 || manifest[0].paths.length !== 1) throw new Error(`${manifestFile}: expected one group with one shard`);
  const [group] = manifest;
  const shard = readFileSync(path.join(from, group.paths[0]));
  const floats = new Float32Array(shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength));
  let offset = 0;
  const parts: Uint8Array[] = [];
  const weights = group.weights.map((w): Entry => {
    if (w.dtype !== "float32" || w.quantization) throw new Error(`${manifestFile}: ${w.name} is not plain float32`);
    const n = w.shape.reduce((a, b) => a * b, 1);
    const values = floats.subarray(offset, offset + n);
    offset += n;
    if (ONE_BYTE.has(w.name)) {
      const axis = w.shape.length - 1;
      parts.push(encodeChannelBytes(values, w.shape[axis]));
      return { name: w.name, shape: w.shape, dtype: "float32", quantization: { dtype: "uint8", original_dtype: "float32", axis } };
    }
    parts.push(encodeFloat16(values));
    return { name: w.name, shape: w.shape, dtype: "float32", quantization: { dtype: "float16", original_dtype: "float32" } };
  });
  if (offset !== floats.length) throw new Error(`${manifestFile}: the manifest lists ${offset} values, the shard holds ${floats.length}`);
  const stored = Buffer.concat(parts);
  await writeAtomic(path.join(out, group.paths[0]), stored);
  // One-space indent, as the float32 manifests were written.
  const text = `${JSON.stringify([{ paths: group.paths, weights }], null, 1)}\n`;
  await writeAtomic(path.join(out, `${net}-weights_manifest.json`), new TextEncoder().encode(text));
  return { values: floats.length, bytes: [shard.byteLength, stored.byteLength] };
}

for (const net of ["pnet", "rnet", "onet"]) {
  const r = await quantize(net);
  console.error(`${net}: ${r.values} values, ${r.bytes[0]} → ${r.bytes[1]} bytes`);
}
