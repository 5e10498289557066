import assert from "node:assert/strict";
import { describe, test } from "node:test";
import type { Box } from "../src/core/types.js";
import { associate, emptyTracker, predictTracks, updateTracks } from "../src/track/boxTracker.js";

const shift = ([x1, y1, x2, y2]: Box, dx: number, dy = 0): Box => [x1 + dx, y1 + dy, x2 + dx, y2 + dy];
const A: Box = [0, 0, 100, 100];
const B: Box = [300, 0, 400, 100];
const name = (names: string[]) => (j: number, previous: string | undefined) => previous ?? names[j];

describe("box tracker", () => {
  test("associate pairs each detection with the box it overlaps most, once, above minIou", () => {
    assert.deepEqual(associate([A, B], [shift(B, 10), shift(A, 5)], 0.3), [
      [0, 1],
      [1, 0],
    ]);
    assert.deepEqual(associate([A], [shift(A, 90)], 0.3), [], "IoU 10/190 is below 0.3");
    assert.deepEqual(associate([A, shift(A, 2)], [A], 0.3), [[0, 0]], "the better overlap wins, the other stays unmatched");
  });

  test("a moving face keeps its track id and data, and boxes are extrapolated between detections", () => {
    let s = updateTracks(emptyTracker<string>(), [A], 0, name(["Ada"]));
    s = updateTracks(s, [shift(A, 20)], 2, name(["Bob"])); // 10 px per frame, smoothed with 0.5 from 0 → 5
    assert.equal(s.tracks.length, 1);
    assert.equal(s.tracks[0].id, 1);
    assert.equal(s.tracks[0].data, "Ada", "the matched track keeps its data");
    assert.deepEqual(s.tracks[0].velocity, [5, 0, 5, 0]);
    assert.deepEqual(predictTracks(s, 4)[0].box, shift(A, 30));
    assert.deepEqual(s.tracks[0].box, shift(A, 20), "predicting does not change the state");
  });

  test("a new face starts a track; a vanished one survives maxMisses detections, then ends", () => {
    let s = updateTracks(emptyTracker<string>(), [A], 0, name(["Ada"]));
    s = updateTracks(s, [B], 3, name(["Bob"]));
    assert.deepEqual(
      s.tracks.map((t) => [t.id, t.data, t.misses]),
      [
        [2, "Bob", 0],
        [1, "Ada", 1],
      ],
    );
    s = updateTracks(s, [B], 6, name(["?"]));
    assert.deepEqual(
      s.tracks.map((t) => t.data),
      ["Bob"],
    );
    assert.equal(s.nextId, 3);
  });

  test("the input state is never mutated", () => {
    const s0 = updateTracks(emptyTracker<string>(), [A], 0, name(["Ada"]));
    const copy = structuredClone(s0);
    updateTracks(s0, [shift(A, 10), B], 1, name(["x", "y"]));
    predictTracks(s0, 9);
    assert.deepEqual(s0, copy);
  });
});
