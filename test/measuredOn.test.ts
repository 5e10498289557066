// measuredOn: the "measured on" line of the Performance page, including results merged from several runs.
import assert from "node:assert/strict";
import { test } from "node:test";
import { measuredOn } from "../docs/components/performance/measuredOn.js";

const machine = { cpu: "Xeon", cores: 2, memoryGiB: 24, os: "Linux", chromium: "156", tfjs: "4.22.0", loadAverage: [1, 2, 3] };

test("one run: date, machine, versions and load average on one line", () => {
  assert.equal(
    measuredOn({ date: "2026-11-29T08:35:05.092Z", machine }),
    "measured 2026-11-29 08:35 UTC · Xeon, 2 cores · 24 GiB · Linux · Chromium 156 · tfjs 4.22.0 · load average 1.00 / 2.00 / 3.00 when written",
  );
});

test("merged runs are each named with their date, CPU and Chromium, not their file notes", () => {
  const line = measuredOn({
    date: "2026-11-29T08:35:05.092Z",
    machine,
    invocations: [
      { file: "a.json (full run)", date: "2026-11-29T08:35:05.092Z", chromium: "156" },
      { file: "b.json (webgl)", date: "2026-11-29T11:02:00.000Z", cpu: "AMD EPYC", chromium: "150" },
    ],
  });
  assert.match(line, /; rows merged from 2 runs: 2026-11-29 08:35 UTC, Chromium 156; 2026-11-29 11:02 UTC, AMD EPYC, Chromium 150$/);
  assert.ok(!line.includes(".json"), "no file names on the page");
  assert.ok(!measuredOn({ date: "2026-11-29T08:35:05.092Z", machine, invocations: [{ file: "a", date: "2026-11-29T08:35:05.092Z" }] }).includes("merged"));
});

test("with a section's rows, only the runs they came from are named", () => {
  const result = {
    date: "2026-11-29T08:35:05.092Z",
    machine,
    invocations: [
      { file: "a.json (full run)", date: "2026-11-29T08:35:05.092Z", chromium: "156" },
      { file: "b.json (webgl)", date: "2026-11-29T11:02:00.000Z", cpu: "AMD EPYC", chromium: "150" },
    ],
  };
  assert.equal(measuredOn(result, [{ measured: "2026-11-29T11:02:00.000Z" }]), "measured 2026-11-29 11:02 UTC · AMD EPYC · Chromium 150 · tfjs 4.22.0");
  assert.equal(measuredOn(result, [{ measured: "2026-11-29T08:35:05.092Z" }, {}]), measuredOn({ date: result.date, machine }));
  assert.match(measuredOn(result, [{}, { measured: "2026-11-29T11:02:00.000Z" }]), /rows merged from 2 runs/);
  assert.match(measuredOn(result, []), /rows merged from 2 runs/, "no rows: every run named");
  const three = {
    ...result,
    invocations: [...result.invocations, { file: "c.json (cpu)", date: "2026-11-29T14:46:00.000Z", cpu: "AMD EPYC", chromium: "150" }],
  };
  assert.equal(
    measuredOn(three, [{ measured: "2026-11-29T11:02:00.000Z" }, { measured: "2026-11-29T14:46:00.000Z" }]),
    "tfjs 4.22.0 · rows from 2 runs: 2026-11-29 11:02 UTC, AMD EPYC, Chromium 150; 2026-11-29 14:46 UTC, AMD EPYC, Chromium 150",
    "the first run's machine is not named for rows it did not give",
  );
  assert.match(measuredOn(result, [{ measured: "2026-11-30T00:00:00.000Z" }]), /rows merged from 2 runs/, "an unknown run: every run named");
});
