// The face database's errors in the page's language: facelab's FaceDbError and FaceDbTrainingError
// carry a code and values (their English message is the command line's), and docs/components/faceStore.js
// adds the file's name or its own code; anything else (a decoder's message, already in the page's
// language) is shown as it is.
import type { FaceDbProblem } from "facelab";
import { msg } from "../i18n.js";

interface CodedError {
  message?: string;
  problem?: FaceDbProblem;
  file?: string;
  code?: string;
  detail?: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A face database problem: `path: problem`, or the problem alone (capitalised) for the whole file. */
export function problemText(p: FaceDbProblem): string {
  const text = msg.database.problem[p.code](p.values);
  return p.path ? `${p.path}: ${text}` : capital(text);
}

/** What went wrong, for the reader. */
export function facedbMessage(err: unknown): string {
  const e = (err ?? {}) as CodedError;
  if (e.problem) return e.file ? `${e.file}: ${problemText(e.problem)}` : problemText(e.problem);
  if (e.code === "too-few-people") return msg.database.tooFewPeople;
  if (e.code === "person-gone") return msg.database.personGone;
  if (e.code === "storage-refused") return msg.database.storageRefused(e.detail ?? "");
  return e.message ?? String(err);
}
