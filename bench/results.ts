/** Where the benchmarks write their results (bench/results/*.json, committed) and what they say about the machine. */
import { mkdirSync, renameSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import * as tf from "@tensorflow/tfjs";
import { ROOT } from "../harness/paths.js";

/**
 * CPU model and cores, memory, OS, Node and tfjs versions, and the load average (1, 5, 15 min) when
 * the result is written: on a shared machine a load above the core count means every absolute time
 * in the file is inflated (ratios from interleaved rounds much less so).
 */
export function machine() {
  return {
    cpu: os.cpus()[0]?.model ?? "unknown",
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    os: `${os.type()} ${os.release()}`,
    node: process.version,
    tfjs: tf.version.tfjs,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

/**
 * Writes `name` atomically, stamped with the date: a bare or relative name under bench/results/, an
 * absolute path (e.g. from BENCH_OUT) as it is, creating its folder.
 */
export function writeResult(name: string, result: object): void {
  const file = path.resolve(ROOT, "bench/results", name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, JSON.stringify({ date: new Date().toISOString(), ...result }, null, 1));
  renameSync(`${file}.tmp`, file);
  const shown = path.relative(ROOT, file);
  console.error(`wrote ${shown.startsWith("..") ? file : shown}`);
}
