/**
 * Writes float16 copies of the MTCNN weights: models/mtcnn/float16/<net>-weights_manifest.json and
 * <net>.bin, from the float32 originals in models/mtcnn/ (kept: they are the reference and the CLI
 * reads them). The format is tfjs-converter's `--quantize_float16`: the same manifest, each weight
 * gaining `"quantization": {"dtype": "float16", "original_dtype": "float32"}` and stored as
 * little-endian binary16, so `tf.io.decodeWeights` (src/mtcnn/weights.ts) dequantises it unchanged.
 * Re-runnable; the output depends only on the input.
 *   node --import tsx scripts/quantizeMtcnn.ts [--from models/mtcnn] [--out models/mtcnn/float16]
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { writeAtomic } from "../src/node/writeAtomic.js";
import { encodeFloat16 } from "./float16.js";

interface Entry {
  name: string;
  shape: number[];
  dtype: string;
  quantization?: { dtype: string; original_dtype?: string };
}
type Manifest = { paths: string[]; weights: Entry[] }[];

const { values: args } = parseArgs({
  options: {
    from: { type: "string", default: "models/mtcnn" },
    out: { type: "string", default: "models/mtcnn/float16" },
  },
});
const from = path.resolve(args.from);
const out = path.resolve(args.out);

/** Quantises one net: one group, one shard, named as the float32 files so a reader swaps folders only. */
async function quantize(net: string): Promise<{ values: number; bytes: [number, number] }> {
  const manifestFile = path.join(from, `${net}-weights_manifest.json`);
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as Manifest;
  if (manifest.length !== 1 || manifest[0].paths.length !== 1) throw new Error(`${manifestFile}: expected one group with one shard`);
  const [group] = manifest;
  const shard = readFileSync(path.join(from, group.paths[0]));
  const floats = new Float32Array(shard.buffer.slice(shard.byteOffset, shard.byteOffset + shard.byteLength));
  let offset = 0;
  const weights = group.weights.map((w): Entry => {
    if (w.dtype !== "float32" || w.quantization) throw new Error(`${manifestFile}: ${w.name} is not plain float32`);
    offset += w.shape.reduce((a, b) => a * b, 1);
    return { name: w.name, shape: w.shape, dtype: "float32", quantization: { dtype: "float16", original_dtype: "float32" } };
  });
  if (offset !== floats.length) throw new Error(`${manifestFile}: the manifest lists ${offset} values, the shard holds ${floats.length}`);
  const half = encodeFloat16(floats);
  await writeAtomic(path.join(out, group.paths[0]), half);
  // One-space indent, as the float32 manifests were written.
  const text = `${JSON.stringify([{ paths: group.paths, weights }], null, 1)}\n`;
  await writeAtomic(path.join(out, `${net}-weights_manifest.json`), new TextEncoder().encode(text));
  return { values: floats.length, bytes: [shard.byteLength, half.byteLength] };
}

for (const net of ["pnet", "rnet", "onet"]) {
  const r = await quantize(net);
  console.error(`${net}: ${r.values} values, ${r.bytes[0]} → ${r.bytes[1]} bytes`);
}
