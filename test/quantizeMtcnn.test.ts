/** scripts/quantizeMtcnn.ts and the float16 MTCNN weights it wrote (models/mtcnn/float16). */
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
const FLOAT16 = path.join(MODELS_DIR, "mtcnn/float16");

describe("quantizeMtcnn", () => {
  it("re-run, writes exactly the committed float16 files", () => {
    const out = mkdtempSync(path.join(tmpdir(), "quantize-"));
    try {
      execFileSync(process.execPath, ["--import", "tsx", "scripts/quantizeMtcnn.ts", "--out", out], { cwd: ROOT, stdio: "pipe" });
      for (const net of NETS)
        for (const f of [`${net}-weights_manifest.json`, `${net}.bin`])
          assert.ok(readFileSync(path.join(out, f)).equals(readFileSync(path.join(FLOAT16, f))), `${f} differs from models/mtcnn/float16/${f}`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });

  it("halves the shards and keeps every weight's name and shape", () => {
    for (const net of NETS) {
      assert.equal(readFileSync(path.join(FLOAT16, `${net}.bin`)).byteLength * 2, readFileSync(path.join(MODELS_DIR, "mtcnn", `${net}.bin`)).byteLength);
      const shapes = (dir: string) =>
        (JSON.parse(readFileSync(path.join(dir, `${net}-weights_manifest.json`), "utf8")) as tf.io.WeightsManifestConfig)[0].weights.map((w) => [
          w.name,
          w.shape,
        ]);
      assert.deepEqual(shapes(FLOAT16), shapes(path.join(MODELS_DIR, "mtcnn")));
    }
  });

  it("loads through the same loader, each weight within half-precision rounding of the float32 one", async () => {
    for (const net of NETS) {
      const before = tf.memory().numTensors;
      const full = await loadNetWeights(net, fileReader());
      const half = await loadNetWeights(net, fileReader(FLOAT16));
      assert.deepEqual([...half.keys()], [...full.keys()]);
      for (const [key, t] of full) {
        const a = t.dataSync();
        const b = (half.get(key) as tf.Tensor).dataSync();
        // Relative error 2^-11 for normal halves; absolute 2^-25 where the weight is a subnormal half.
        a.forEach((x, i) => assert.ok(Math.abs(b[i] - x) <= Math.max(Math.abs(x) * 2 ** -11, 2 ** -25), `${net} ${key}[${i}]: ${x} → ${b[i]}`));
      }
      disposeNetWeights(full);
      disposeNetWeights(half);
      assert.equal(tf.memory().numTensors, before, `${net}: no tensors left behind`);
    }
  });
});
