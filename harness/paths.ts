/**
 * Where the project and its shared data are, for the tests and the benchmarks alike.
 *
 * harness/ holds what test/ and bench/ both drive — the built site in Chromium, a loopback server,
 * a fake-camera video, the face-api.js reference — so that neither imports the other. It is not part
 * of the library (nothing here ships in lib/): it is tooling around the project, kept at the top level
 * beside test/ and bench/, which may both import it and which it imports neither of.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

/** The project root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/**
 * `../shared` beside the project (present on developer machines and in CI; `FACELAB_SHARED` names
 * another place, e.g. from a git worktree), or null. In CI its absence is an error, so the full
 * parity and data tests can never be skipped there unnoticed.
 */
const sharedDir = path.resolve(ROOT, process.env.FACELAB_SHARED ?? "../shared");
export const SHARED: string | null = existsSync(path.join(sharedDir, "reference")) ? sharedDir : null;
if (!SHARED && process.env.CI) throw new Error("CI: ../shared is missing; the parity and LFW tests need it");
