/**
 * The CLI on the generated bad-input corpus (test/helpers/badInputs.ts), in batch runs as a user
 * would make them: every good file is processed, every bad one costs exactly one stderr line naming
 * it and the problem, the huge one is detected on a reduced copy with a notice and reported in its own pixels, EXIF orientation lands the face where
 * the viewer shows it, no stack trace is printed, and the exit code is 1 only because of the failures.
 */
import assert from "node:assert/strict";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Box } from "../src/core/types.js";
import { detectionSize, isReduced, reductionNotice } from "../src/image/imageLimits.js";
import { makeCorpus, type CorpusFile } from "./helpers/badInputs.js";
import { ROOT } from "../harness/paths.js";
import { facelab, lines, type Run } from "./helpers/cli.js";

const PORTRAIT = path.join(ROOT, "docs/photos/portrait.jpg");

let tmp = "";
let corpus: CorpusFile[] = [];
const decoded = () => corpus.filter((f) => f.expect.kind === "decoded");
const refused = () => corpus.filter((f) => f.expect.kind === "refused");

before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-bad-inputs-"));
  corpus = await makeCorpus(await mkdtemp(path.join(tmp, "in-")));
});
after(() => rm(tmp, { recursive: true, force: true }));

/** Every stderr line of `run` is one of ours ("facelab <command>: …" or align's progress), never a stack frame. */
function assertNoTrace(run: Run, command: string): void {
  for (const line of lines(run.stderr)) {
    assert.ok(line.startsWith(`facelab ${command}: `) || /^progress \d+\/\d+ /.test(line), `unexpected stderr line: ${line}`);
    assert.doesNotMatch(line, /^\s+at |Error:|node:internal/, line);
  }
}

/** The one stderr line naming `file`, with what follows "<file>: ". */
function messageFor(run: Run, command: string, file: string): string[] {
  const prefix = `facelab ${command}: ${file}: `;
  return lines(run.stderr)
    .filter((l) => l.startsWith(prefix))
    .map((l) => l.slice(prefix.length));
}

/** Every refused file got exactly its message; the huge one its reduction notice (detected on a copy within Node's budget). */
function assertMessages(run: Run, command: string, name: (f: CorpusFile) => string): void {
  for (const f of refused()) {
    const said = messageFor(run, command, name(f));
    assert.equal(said.length, 1, `${f.name}: ${said.join(" | ") || "no message"}`);
    assert.match(said[0], (f.expect as { message: RegExp }).message, f.name);
  }
  for (const f of decoded()) {
    const said = messageFor(run, command, name(f)).filter((m) => m !== "no face found"); // align's, checked below
    const [width, height] = f.size as [number, number];
    const used = detectionSize({ width, height });
    if (isReduced({ width, height }, used)) assert.deepEqual(said, [reductionNotice({ width, height }, used)], f.name);
    else assert.deepEqual(said, [], f.name);
  }
}

const centre = ([x1, y1, x2, y2]: Box) => [(x1 + x2) / 2, (y1 + y2) / 2];

describe("facelab detect on the bad-input corpus", () => {
  let run: Run;
  let images: Record<string, { width: number; height: number; faces: { box: Box }[] }>;
  before(async () => {
    run = await facelab("detect", "--json", PORTRAIT, ...corpus.map((f) => f.file));
    images = (JSON.parse(run.stdout) as { images: typeof images }).images;
  });

  test("exits 1 for the failures, with one line per bad file naming it and the problem, and no stack trace", () => {
    assert.equal(run.code, 1, run.stderr);
    assertNoTrace(run, "detect");
    assertMessages(run, "detect", (f) => f.file);
  });

  test("processes every good file and finds the faces each should have", () => {
    assert.deepEqual(Object.keys(images).sort(), [PORTRAIT, ...decoded().map((f) => f.file)].sort());
    for (const f of decoded()) {
      const { min, max } = f.expect as { min: number; max: number };
      const n = images[f.file].faces.length;
      assert.ok(n >= min && n <= max, `${f.name}: ${n} faces, expected ${min}–${max}`);
    }
  });

  test("every image reports its own width and height, the 12000×9000 one too (detected on a copy, boxes mapped back)", () => {
    for (const f of decoded()) assert.deepEqual([images[f.file].width, images[f.file].height], f.size, f.name);
    const huge = corpus.find((f) => f.name.startsWith("huge")) as CorpusFile;
    const boxes = images[huge.file].faces.map((f) => f.box);
    const copy = detectionSize({ width: 12000, height: 9000 });
    assert.ok(
      boxes.every((b) => b[2] <= 12000 && b[3] <= 9000),
      `boxes inside the 12000×9000 frame: ${JSON.stringify(boxes.map((b) => b.map(Math.round)))}`,
    );
    assert.ok(
      boxes.some((b) => b[2] > copy.width),
      `boxes mapped back past the ${copy.width}-px copy: ${JSON.stringify(boxes.map((b) => b.map(Math.round)))}`,
    );
  });

  test("EXIF orientations 1–8 all put the face where portrait.jpg has it", () => {
    const [cx, cy] = centre(images[PORTRAIT].faces[0].box);
    const oriented = corpus.filter((f) => f.orientation !== undefined);
    assert.equal(oriented.length, 8);
    for (const f of oriented) {
      const { width, height, faces } = images[f.file];
      assert.deepEqual([width, height], [561, 561]);
      const [x, y] = centre(faces[0].box);
      assert.ok(
        Math.hypot(x - cx, y - cy) < 6,
        `orientation ${f.orientation}: face at (${x.toFixed(0)}, ${y.toFixed(0)}), expected (${cx.toFixed(0)}, ${cy.toFixed(0)})`,
      );
    }
  });

  test("a batch of only good files exits 0", async () => {
    const good = await facelab(
      "detect",
      ...decoded()
        .filter((f) => !f.name.startsWith("huge") && !f.name.startsWith("crowd"))
        .map((f) => f.file),
    );
    assert.equal(good.code, 0, good.stderr);
    assert.equal(good.stderr, "");
  });
});

describe("facelab embed on the bad-input corpus", () => {
  test("embeds the largest face of every good file, one line per bad file, exit 1", async () => {
    const files = corpus.filter((f) => !f.name.startsWith("crowd")); // 110 faces to embed are the crowd's point only for detect
    const run = await facelab("embed", "--json", "--largest", ...files.map((f) => f.file));
    assert.equal(run.code, 1, run.stderr);
    assertNoTrace(run, "embed");
    assertMessages(run, "embed", (f) => f.file);
    const images = (JSON.parse(run.stdout) as { images: Record<string, { faces: { embedding: number[] }[] }> }).images;
    for (const f of files.filter((g) => g.expect.kind === "decoded")) {
      const faces = images[f.file].faces;
      assert.equal(faces.length, Math.min(1, (f.expect as { min: number }).min), f.name);
      for (const face of faces) assert.equal(face.embedding.length, 128);
    }
  });
});

describe("facelab align on the bad-input corpus", () => {
  test("aligns the good files, counts the rest, one line per bad file, exit 1", async () => {
    const inDir = path.dirname(corpus[0].file);
    const outDir = path.join(tmp, "aligned");
    const run = await facelab("align", inDir, outDir);
    assert.equal(run.code, 1, run.stderr);
    assertNoTrace(run, "align");
    assertMessages(run, "align", (f) => path.join(inDir, f.name));
    const withFace = decoded().filter((f) => (f.expect as { min: number }).min > 0);
    const noFace = decoded().filter((f) => (f.expect as { max: number }).max === 0);
    assert.match(run.stdout, new RegExp(`aligned\\s+${withFace.length} `));
    assert.match(run.stdout, new RegExp(`no face\\s+${noFace.length}\\n`));
    assert.match(run.stdout, new RegExp(`unreadable\\s+${refused().length}\\n`));
    assert.equal((await readdir(outDir)).length, withFace.length);
    for (const f of noFace) assert.deepEqual(messageFor(run, "align", path.join(inDir, f.name)), ["no face found"]);
  });
});
