/**
 * The wasm backend that facelab/browser loads with every page has only MTCNN's kernels
 * (src/vendor/mtcnnKernels.ts); the rest load later (src/browser/wasmKernels.ts). Loading and running
 * MTCNN must need no other kernel, or the MTCNN page's first detection would fail in the browser:
 * here every stage runs on the four sample photos, with both crop samplings, through the warm-up and
 * the layer-by-layer activations, and tfjs's profiler lists the kernels that ran.
 */
import assert from "node:assert/strict";
import path from "node:path";
import { test } from "node:test";
import * as tf from "@tensorflow/tfjs";
import { Mtcnn } from "../src/mtcnn/detector.js";
import { fileReader, MODELS_DIR } from "../src/node/files.js";
import { loadImage } from "../src/node/loadImage.js";
import { MTCNN_KERNELS } from "../src/vendor/mtcnnKernels.js";
import { ROOT } from "../harness/paths.js";
import { loadDetector } from "./helpers/backend.js";

test("MTCNN's load, detection and activations run only the kernels the browser's wasm bundle registers", async () => {
  (await loadDetector()).dispose(); // selects the wasm backend
  const ran = new Set<string>();
  const profile = async (f: () => Promise<unknown>) => {
    for (const name of (await tf.profile(f as () => Promise<tf.TensorContainer>)).kernelNames) ran.add(name);
  };
  let mtcnn: Mtcnn | undefined;
  await profile(async () => (mtcnn = await Mtcnn.load(fileReader(path.join(MODELS_DIR, "mtcnn/web")), { warmUp: true })));
  const detector = mtcnn as Mtcnn;
  try {
    for (const file of ["group.jpg", "portrait.jpg", "no-face.jpg", "Anthony_Hopkins_0001.jpg"]) {
      const pixels = await loadImage(path.join(ROOT, "docs/photos", file), file);
      for (const cropSampling of ["area", "bilinear"] as const) await profile(() => detector.trace(pixels, { cropSampling }));
    }
    for (const [net, side] of [
      ["pnet", 12],
      ["rnet", 24],
      ["onet", 48],
    ] as const) {
      const input = tf.zeros([1, side, side, 3]) as tf.Tensor4D;
      await profile(async () => {
        for (const layer of detector.activations(net, input)) layer.tensor.dispose();
        const out = detector.forward(net, input);
        await out.data();
        out.dispose();
      });
      input.dispose();
    }
  } finally {
    detector.dispose();
  }
  const registered = new Set(MTCNN_KERNELS.map((k) => k.kernelName));
  // tfjs's profiler lists op names (e.g. "fusedConv2d__op") beside kernel names; only kernels need registering.
  const kernels = [...ran].filter((name) => !name.endsWith("__op"));
  assert.ok(kernels.includes("FusedConv2D") && kernels.includes("CropAndResize"), `the profiler saw the detection: ${kernels.join(", ")}`);
  assert.deepEqual(
    kernels.filter((name) => !registered.has(name)),
    [],
    `kernels MTCNN ran that src/vendor/mtcnnKernels.ts does not register: ${kernels.join(", ")}`,
  );
});
