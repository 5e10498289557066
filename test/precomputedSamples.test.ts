/**
 * The compare page's precomputed sample faces (docs/_data/compare/samples.json) are what the page's
 * pipeline gives now: made with the weight files the page loads, and recomputed here in Node with
 * the same networks — same faces, boxes within a pixel, every distance between two faces within 1e-3.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, test } from "node:test";
import * as tf from "@tensorflow/tfjs-core";
import { distance } from "../src/math/vector.js";
import { ROOT } from "../harness/paths.js";
import type { PrecomputedFace, PrecomputedPhoto, PrecomputedSamples } from "../docs/components/compare/precomputed.js";
import { COMPARE_SAMPLES, loadPageNetworks, sampleFaces, weightHashes } from "../scripts/sampleFaces.js";

const record: PrecomputedSamples = JSON.parse(readFileSync(path.join(ROOT, "docs/_data/compare/samples.json"), "utf8"));
let networks: Awaited<ReturnType<typeof loadPageNetworks>>;

before(async () => {
  tf.env().set("IS_TEST", true);
  networks = await loadPageNetworks();
});
after(() => {
  networks.mtcnn.dispose();
  networks.embedder.dispose();
});

/** Every face of every sample, in one list: id, index and face. */
const allFaces = (photos: Record<string, { faces: PrecomputedFace[] }>) =>
  Object.entries(photos).flatMap(([id, p]) => p.faces.map((f, i) => ({ key: `${id}#${i}`, f })));

test("the record was made with the weight files the page loads, on every sample photo", async () => {
  assert.deepEqual(record.weights, await weightHashes());
  assert.deepEqual(Object.keys(record.photos).sort(), Object.keys(COMPARE_SAMPLES).sort());
  assert.equal(record.photos["hopkins-1"].faces.length, 1);
  assert.equal(record.photos.group.faces.length, 6);
});

test("recomputed in Node, the samples give the same faces and distances within 1e-3", async () => {
  const live: Record<string, PrecomputedPhoto> = {};
  for (const [id, file] of Object.entries(COMPARE_SAMPLES)) {
    live[id] = await sampleFaces(networks, file);
    const [was, now] = [record.photos[id], live[id]];
    assert.deepEqual([now.width, now.height], [was.width, was.height], id);
    assert.equal(now.faces.length, was.faces.length, `${id}: faces`);
    for (const [i, f] of now.faces.entries()) for (const [k, v] of f.box.entries()) assert.ok(Math.abs(v - was.faces[i].box[k]) < 1, `${id} face ${i}: box`);
  }
  const [a, b] = [allFaces(record.photos), allFaces(live)];
  for (let i = 0; i < a.length; i++)
    for (let j = i + 1; j < a.length; j++) {
      const [was, now] = [distance(a[i].f.unit, a[j].f.unit), distance(b[i].f.unit, b[j].f.unit)];
      assert.ok(Math.abs(was - now) < 1e-3, `${a[i].key} – ${a[j].key}: ${was} precomputed, ${now} now`);
    }
});
