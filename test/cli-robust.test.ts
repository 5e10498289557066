/**
 * The CLI where runs used to go wrong: a degenerate face aborting `align`, outputs of different
 * inputs colliding (`align`, `detect --draw`), and `main()` leaving the caller's console rerouted.
 * Naming and bookkeeping are tested as functions; the collisions also end to end, spawned as
 * `node --import tsx src/cli/main.ts …` on fixture photos copied into a temp folder.
 */
import assert from "node:assert/strict";
import { facelab, FIXTURES } from "./helpers/cli.js";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import sharp from "sharp";
import type { Face, Landmarks5 } from "../src/core/types.js";
import { alignFile, type AlignSettings, type FaceFinder } from "../src/cli/alignFile.js";
import { outputBases } from "../src/cli/alignNames.js";
import { count, emptyTally, report } from "../src/cli/alignTally.js";
import { drawPaths } from "../src/cli/drawFaces.js";
import { main } from "../src/cli/main.js";
import { withQuietConsole } from "../src/cli/quietConsole.js";
import { setupBackend } from "../src/node/setupBackend.js";
import { uniqueNames } from "../src/cli/uniqueNames.js";

const HOPKINS = path.join(FIXTURES, "Anthony_Hopkins_0001.jpg");

let tmp = "";
before(async () => {
  tmp = await mkdtemp(path.join(tmpdir(), "facelab-cli-robust-"));
});
after(() => rm(tmp, { recursive: true, force: true }));

describe("uniqueNames", () => {
  const plainThenFull = (f: string) => [f.replace(/\.[^.]*$/, ""), f];

  test("keeps the plain name of every input whose plain name is its own", () => {
    assert.deepEqual(
      [...uniqueNames(["a.jpg", "b.png"], plainThenFull)],
      [
        ["a.jpg", "a"],
        ["b.png", "b"],
      ],
    );
  });

  test("moves every input sharing a name to its next candidate, whatever the order", () => {
    const expected = new Map([
      ["a.jpg", "a.jpg"],
      ["a.png", "a.png"],
      ["b.jpg", "b"],
    ]);
    assert.deepEqual(uniqueNames(["a.jpg", "a.png", "b.jpg"], plainThenFull), expected);
    assert.deepEqual(new Map([...uniqueNames(["b.jpg", "a.png", "a.jpg"], plainThenFull)].sort()), new Map([...expected].sort()));
  });

  test("never picks a name another input offers at a later level", () => {
    // "a.jpg" offers "a.jpg" at level 1, which is "a.jpg.png"'s plain name.
    const names = uniqueNames(["a.jpg", "a.png", "a.jpg.png"], plainThenFull);
    assert.deepEqual(
      names,
      new Map([
        ["a.jpg", "a.jpg"],
        ["a.png", "a.png"],
        ["a.jpg.png", "a.jpg.png"],
      ]),
    );
  });

  test("compares names ignoring case (case-insensitive file systems)", () => {
    assert.deepEqual(
      uniqueNames(["A.jpg", "a.png"], plainThenFull),
      new Map([
        ["A.jpg", "A.jpg"],
        ["a.png", "a.png"],
      ]),
    );
  });

  test("an input listed twice is one input", () => {
    assert.deepEqual(uniqueNames(["a.jpg", "a.jpg"], plainThenFull), new Map([["a.jpg", "a"]]));
  });
});

describe("align output names", () => {
  test("outputBases keeps <name> when unique and the extension on a clash within one folder", () => {
    const bases = outputBases(["P/a.jpg", "P/a.png", "P/b.jpg", "Q/a.jpg", "c.jpeg"]);
    assert.deepEqual(
      bases,
      new Map([
        ["P/a.jpg", "P/a.jpg"],
        ["P/a.png", "P/a.png"],
        ["P/b.jpg", "P/b"],
        ["Q/a.jpg", "Q/a"],
        ["c.jpeg", "c"],
      ]),
    );
  });

  test("align writes a.jpg and a.png of one folder to two outputs and resumes both", async () => {
    const inDir = path.join(tmp, "clash-in");
    const outDir = path.join(tmp, "clash-out");
    await mkdir(path.join(inDir, "Anthony_Hopkins"), { recursive: true });
    await copyFile(HOPKINS, path.join(inDir, "Anthony_Hopkins/a.jpg"));
    await sharp(HOPKINS).png().toFile(path.join(inDir, "Anthony_Hopkins/a.png"));
    const first = await facelab("align", inDir, outDir);
    assert.equal(first.code, 0, first.stderr);
    assert.match(first.stdout, /aligned\s+2 /);
    assert.deepEqual((await readdir(path.join(outDir, "Anthony_Hopkins"))).sort(), ["a.jpg.png", "a.png.png"]);
    const again = await facelab("align", inDir, outDir);
    assert.match(again.stdout, /aligned\s+0 /);
    assert.match(again.stdout, /already done\s+2\n/);
  });

  test("align --help states the naming rule", async () => {
    assert.match((await facelab("align", "--help")).stdout, /a\.jpg\.png, a\.png\.png/);
  });
});

describe("detect --draw output names", () => {
  test("drawPaths keeps the base name when unique, then the extension, then the folder", () => {
    const out = "/out";
    const paths = drawPaths(["x/a.jpg", "y/a.jpg", "b.png", "c.jpeg", "c.jpg", "x/d.jpg", "./x/d.jpg"], out);
    assert.equal(paths.get("x/a.jpg"), path.join(out, "x_a.jpg"));
    assert.equal(paths.get("y/a.jpg"), path.join(out, "y_a.jpg"));
    assert.equal(paths.get("b.png"), path.join(out, "b.png"));
    assert.equal(paths.get("c.jpeg"), path.join(out, "c.jpeg.jpg"));
    assert.equal(paths.get("c.jpg"), path.join(out, "c.jpg.jpg"));
    assert.equal(paths.get("x/d.jpg"), path.join(out, "d.jpg"), "one file named two ways is one output");
    assert.equal(paths.get("./x/d.jpg"), path.join(out, "d.jpg"));
  });

  test("detect --draw writes same-named images from two folders to two files", async () => {
    const files = ["x", "y"].map((d) => path.join(tmp, "draw-in", d, "face.jpg"));
    for (const f of files) await mkdir(path.dirname(f), { recursive: true }).then(() => copyFile(HOPKINS, f));
    const drawn = path.join(tmp, "draw-out");
    const r = await facelab("detect", ...files, "--draw", drawn);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual((await readdir(drawn)).sort(), ["x_face.jpg", "y_face.jpg"]);
  });
});

describe("align with a degenerate face", () => {
  const settings: AlignSettings = { size: 32, margin: 0, warp: false, allFaces: false, mtcnn: {} };
  const landmarks: Landmarks5 = [
    [100, 100],
    [150, 100],
    [125, 130],
    [105, 160],
    [145, 160],
  ];
  /** A detector stand-in that "finds" `faces` in any image. */
  const finding = (faces: Face[]): FaceFinder => ({ detect: async () => faces }) as unknown as FaceFinder;

  test("a box outside the image is reported as unalignable and writes nothing", async () => {
    const outBase = path.join(tmp, "degenerate", "outside");
    const face: Face = { box: [900, 900, 950, 950], score: 0.99, landmarks };
    const outcome = await alignFile(finding([face]), HOPKINS, outBase, settings);
    assert.equal(outcome.kind, "unalignable");
    assert.match((outcome as { reason: string }).reason, /outside the 250×250 image/);
    assert.equal(existsSync(`${outBase}.png`), false);
  });

  test("--warp with coinciding landmarks is unalignable; with --all-faces no crop of the file is written", async () => {
    const outBase = path.join(tmp, "degenerate", "collapsed");
    const good: Face = { box: [76, 63, 174, 194], score: 0.99, landmarks };
    const collapsed: Face = {
      box: [10, 10, 60, 60],
      score: 0.9,
      landmarks: [
        [30, 30],
        [30, 30],
        [30, 30],
        [30, 30],
        [30, 30],
      ],
    };
    const outcome = await alignFile(finding([good, collapsed]), HOPKINS, outBase, { ...settings, warp: true, allFaces: true });
    assert.equal(outcome.kind, "unalignable");
    assert.match((outcome as { reason: string }).reason, /coincide/);
    assert.equal(existsSync(`${outBase}_0.png`), false, "nothing half-written");
  });

  test("the tally names the file, counts it and reports it in the summary", () => {
    const tally = emptyTally();
    const notes: string[] = [];
    count(tally, { kind: "unalignable", reason: "marginCrop: box lies outside" }, "in/P/p1.jpg", { note: (l) => void notes.push(l) });
    count(tally, { kind: "aligned", written: 1 }, "in/P/p2.jpg", { note: (l) => void notes.push(l) });
    assert.deepEqual(notes, ["facelab align: in/P/p1.jpg: cannot align the face: marginCrop: box lies outside"]);
    assert.match(report(2, tally, 1, "out"), /aligned\s+1 .*\n.*\n.*\n\s+cannot align\s+1\n/);
  });
});

describe("the console of whoever calls main()", () => {
  test("setupBackend leaves console.log/info/debug alone", async () => {
    const before = [console.log, console.info, console.debug];
    await setupBackend("wasm");
    assert.deepEqual([console.log, console.info, console.debug], before);
  });

  test("withQuietConsole reroutes console.log to stderr while running, and restores it after a throw", async () => {
    const original = console.log;
    let inside: typeof console.log | undefined;
    await assert.rejects(
      withQuietConsole(async () => {
        inside = console.log;
        throw new Error("boom");
      }),
      /boom/,
    );
    assert.notEqual(inside, original);
    assert.equal(console.log, original);
  });

  test("main() in-process: detect --json writes only JSON to stdout and restores the console", async () => {
    const original = [console.log, console.info, console.debug];
    const written: string[] = [];
    const write = process.stdout.write;
    // The CLI writes strings; the test runner's own (serialized, binary) reports pass through.
    process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) =>
      typeof chunk === "string" ? (written.push(chunk), true) : write.call(process.stdout, chunk, ...rest)) as typeof process.stdout.write;
    let code: number;
    try {
      code = await main(["detect", "--json", HOPKINS]);
    } finally {
      process.stdout.write = write;
    }
    assert.equal(code, 0);
    assert.equal(Object.keys((JSON.parse(written.join("")) as { images: object }).images).length, 1);
    assert.deepEqual([console.log, console.info, console.debug], original);
    assert.equal(await main(["detect", "--bogus"]), 2, "a usage error");
    assert.deepEqual([console.log, console.info, console.debug], original);
  });
});
