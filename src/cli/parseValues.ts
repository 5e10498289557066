/**
 * Turns option strings into checked values. Each failure is a `UsageError` naming the option, the
 * value given and what is allowed, so the user can fix the command line from the message alone.
 */
import type { DetectOptions } from "../mtcnn/detector.js";
import { resolveMtcnnConfig, MtcnnOptionError } from "../mtcnn/options.js";
import { UsageError } from "./usage.js";

/** A finite number, or a `UsageError` naming `--name`. */
export function parseNumber(name: string, value: string): number {
  const n = value.trim() === "" ? NaN : Number(value);
  if (!Number.isFinite(n)) throw new UsageError(`--${name} must be a number, got "${value}"`);
  return n;
}

/** A positive integer (pixel sizes), or a `UsageError`. */
export function parseSize(name: string, value: string, min = 1): number {
  const n = parseNumber(name, value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(`--${name} must be a whole number ≥ ${min}, got "${value}"`);
  return n;
}

/** `a,b,c` → three numbers. */
function parseThresholds(value: string): [number, number, number] {
  const parts = value.split(",");
  if (parts.length !== 3) throw new UsageError(`--thresholds needs three comma-separated numbers like 0.6,0.7,0.7, got "${value}"`);
  return parts.map((p) => parseNumber("thresholds", p)) as [number, number, number];
}

/** Raw detector flags, as parseArgs returns them. */
export interface DetectorFlags {
  "min-face"?: string;
  factor?: string;
  thresholds?: string;
  "max-side"?: string;
}

/**
 * The MTCNN options and detection limits of the detector flags, validated now so a bad value fails
 * before any work. `--max-side N` replaces the memory budget by a longest side of N px.
 */
export function detectorOptions(flags: DetectorFlags): DetectOptions {
  const options: DetectOptions = {};
  if (flags["max-side"] !== undefined) {
    options.maxSide = parseSize("max-side", flags["max-side"], 12);
    options.maxPixels = Infinity;
  }
  if (flags["min-face"] !== undefined) options.minFaceSize = parseNumber("min-face", flags["min-face"]);
  if (flags.factor !== undefined) options.scaleFactor = parseNumber("factor", flags.factor);
  if (flags.thresholds !== undefined) options.thresholds = parseThresholds(flags.thresholds);
  try {
    resolveMtcnnConfig(options);
  } catch (err) {
    if (!(err instanceof MtcnnOptionError)) throw err;
    const flags: Record<string, string> = { minFaceSize: "--min-face", scaleFactor: "--factor", thresholds: "--thresholds" };
    throw new UsageError(err.message.replace(/^\w+/, (name) => flags[name] ?? name));
  }
  return options;
}

/** The backend flag: "wasm" (default) or "cpu". */
export function parseBackend(value: string | undefined): "wasm" | "cpu" {
  if (value === undefined || value === "wasm" || value === "cpu") return value ?? "wasm";
  throw new UsageError(`--backend must be wasm or cpu, got "${value}"`);
}
