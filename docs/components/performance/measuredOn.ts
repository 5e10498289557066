// "Measured on …": the date, machine and versions a benchmark result records, as one line of text.
// The benchmarks wrote two shapes: bench/results.ts's `machine()` (cpu, cores, os, node, tfjs, and
// chromium for the browser run) and bench/mtcnn.ts's older one (model, cpus, node; tfjs under versions).
import { msg } from "../i18n.js";

const t = msg.performance;

interface Stamped {
  date?: string;
  machine?: {
    cpu?: string;
    model?: string;
    cores?: number;
    cpus?: number;
    memoryGiB?: number;
    os?: string;
    node?: string;
    tfjs?: string;
    chromium?: string;
    loadAverage?: number[] | { before?: number[]; after?: number[] };
  };
  versions?: { tfjs?: string };
  /** Runs merged into one file (bench/results/mtcnn-browser.json), each named on the line with its date, CPU and Chromium. */
  invocations?: { file: string; date: string; cpu?: string; chromium?: string }[];
}

/** "load average 1.3 / 1.8 / 2.2 …": bench/results.ts writes it as it ends; bench:lfw before and after. */
function loadText(load: number[] | { before?: number[]; after?: number[] } | undefined): string | undefined {
  const fmt = (l: number[]) => l.map((x) => x.toFixed(2)).join(" / ");
  if (Array.isArray(load)) return t.loadWhenWritten(fmt(load));
  if (load?.before && load.after) return t.loadBeforeAfter(fmt(load.before), fmt(load.after));
  return undefined;
}

/**
 * One line: date, CPU and cores, memory, OS, and the runtimes' versions. With `rows` (a section's
 * result rows, each stamped with the `measured` date of the run it came from when it was merged in),
 * only the runs those rows came from are named.
 */
export function measuredOn(result: Stamped, rows?: readonly { measured?: string }[]): string {
  const m = result.machine ?? {};
  const cores = m.cores ?? m.cpus;
  const parts = [
    result.date && t.measuredAt(stamp(result.date)),
    (m.cpu ?? m.model) && (cores ? t.cpuCores(`${m.cpu ?? m.model}`, cores) : (m.cpu ?? m.model)),
    m.memoryGiB && `${m.memoryGiB} GiB`,
    m.os,
    m.chromium && `Chromium ${m.chromium}`,
    m.node && `Node ${m.node}`,
    (m.tfjs ?? result.versions?.tfjs) && `tfjs ${m.tfjs ?? result.versions?.tfjs}`,
    loadText(m.loadAverage),
  ];
  const line = parts.filter(Boolean).join(" · ");
  let runs = result.invocations ?? [];
  if (rows && runs.length > 1) {
    const dates = new Set(rows.map((r) => r.measured ?? result.date));
    const used = runs.filter((r) => dates.has(r.date));
    if (used.length) runs = used; // rows from no run on the list: name them all rather than none
    // Rows only from merged runs, not the file's first: those runs' own dates, CPUs and Chromiums.
    if (used.length && !used.some((r) => r.date === result.date)) {
      const tfjs = (m.tfjs ?? result.versions?.tfjs) && `tfjs ${m.tfjs ?? result.versions?.tfjs}`;
      if (used.length === 1) {
        const r = used[0];
        return [t.measuredAt(stamp(r.date)), r.cpu, r.chromium && `Chromium ${r.chromium}`, tfjs].filter(Boolean).join(" · ");
      }
      return `${tfjs ? `${tfjs} · ` : ""}${t.rowsFromRuns(used.length, used.map(runText).join(t.setSep))}`;
    }
  }
  if (runs.length < 2) return line;
  return `${line}${t.setSep}${t.rowsMergedFrom(runs.length, runs.map(runText).join(t.setSep))}`;
}

/**
 * A merged run as "date UTC, CPU, Chromium version". Its `file` note (the result file, the benchmark's
 * settings and the commit, for whoever reruns it) stays in the result: the page speaks to students.
 */
const runText = (r: { date: string; cpu?: string; chromium?: string }) =>
  [t.utc(stamp(r.date)), r.cpu, r.chromium && `Chromium ${r.chromium}`].filter(Boolean).join(t.listSep);

/** "2026-11-29 08:35" from an ISO date. */
const stamp = (iso: string) => iso.slice(0, 16).replace("T", " ");
