/** scripts/quantizeMtcnn.ts and the site's MTCNN weights it wrote (models/mtcnn/web). */
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, it } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { disposeNetWeights, loadNetWeights, type NetName } from "../src/mtcnn/weights.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { ROOT } from "../harness/paths.js";

tf.env().set("IS_TEST", true); // silences tfjs's hint to install its Node backend
const NETS: NetName[] = ["pnet", "rnet", "onet"];
const WEB = path.join(MODELS_DIR, "mtcnn/web");
const manifest = (dir: string, net: NetName) =>
  (JSON.parse(readFileSync(path.join(dir, `${net}-weights_manifest.json`), "utf8")) as tf.io.WeightsManifestConfig)[0].weights;

describe("quantizeMtcnn", () => {
  it("re-run, writes exactly the committed files", () => {
    const out = mkdtempSync(path.join(tmpdir(), "quantize-"));
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/quantizeMtcnn.ts", "--out", out], { cwd: ROOT, stdio: "pipe" });
      for (const net of NETS)
        for (const f of [`${net}-weights_manifest.json`, `${net}.bin`])
          assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(WEB, f))), `${f} differs from models/mtcnn/web/${f}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("stores every weight in float16 but O-Net's fully connected layer, in one byte per value with a range per channel", () => {
    for (const net of NETS) {
      const entries = manifest(WEB, net);
      assert.deepEqual(
        entries.map((w) => [w.name, w.shape]),
        manifest(path.join(MODELS_DIR, "mtcnn"), net).map((w) => [w.name, w.shape]),
      );
      let bytes = 0;
      for (const w of entries) {
        const n = w.shape.reduce((a, b) => a * b, 1);
        const q = w.quantization as { dtype: string; axis?: number };
        if (w.name === "onet/conv5/weights") {
          assert.deepEqual(q, { dtype: "uint8", original_dtype: "float32", axis: 1 });
          bytes += n + 8 * w.shape[1];
        } else {
          assert.equal(q.dtype, "float16", w.name);
          bytes += 2 * n;
        }
      }
      assert.equal(readFileSync(path.join(WEB, `${net}.bin`)).byteLength, bytes, `${net}.bin holds exactly what its manifest lists`);
    }
    const total = (dir: string) => NETS.reduce((sum, net) => sum + readFileSync(path.join(dir, `${net}.bin`)).byteLength, 0);
    assert.equal(total(WEB), 698_836);
    assert.equal(total(path.join(MODELS_DIR, "mtcnn")), 1_983_400);
  });

  it("loads through the same loader, each weight within its rounding of the float32 one", async () => {
    for (const net of NETS) {
      const before = tf.memory().numTensors;
      const full = await loadNetWeights(net, fileReader());
      const half = await loadNetWeights(net, fileReader(WEB));
      assert.deepEqual([...half.keys()], [...full.keys()]);
      for (const [key, t] of full) {
        const a = t.dataSync();
        const b = (half.get(key) as tf.Tensor).dataSync();
        if (net === "onet" && key === "conv5/weights") {
          // Half a step of the column's range (256 columns; the loader's re-layout moves rows only).
          const columns = 256;
          for (let c = 0; c < columns; c++) {
            let lo = 0;
            let hi = 0;
            for (let i = c; i < a.length; i += columns) (lo = Math.min(lo, a[i])), (hi = Math.max(hi, a[i]));
            const step = (hi - lo) / 255;
            for (let i = c; i < a.length; i += columns) assert.ok(Math.abs(b[i] - a[i]) <= step * 0.5001, `onet ${key}[${i}]: ${a[i]} → ${b[i]}`);
          }
          continue;
        }
        // Relative error 2^-11 for normal halves; absolute 2^-25 where the weight is a subnormal half.
        a.forEach((x, i) => assert.ok(Math.abs(b[i] - x) <= Math.max(Math.abs(x) * 2 ** -11, 2 ** -25), `${net} ${key}[${i}]: ${x} → ${b[i]}`));
      }
      disposeNetWeights(full);
      disposeNetWeights(half);
      assert.equal(tf.memory().numTensors, before, `${net}: no tensors left behind`);
    }
  });
});
