/**
 * The bookkeeping of an `align` run: what happened to each file, one stderr line per problem file
 * (naming it and the reason), and the end-of-run summary on stdout.
 */
import type { AlignOutcome } from "./alignFile.js";
import type { Progress } from "./progress.js";

export interface Tally {
  aligned: number;
  crops: number;
  noFace: number;
  unreadable: number;
  unalignable: number;
  skipped: number;
}

/** A tally with nothing counted yet. */
export function emptyTally(): Tally {
  return { aligned: 0, crops: 0, noFace: 0, unreadable: 0, unalignable: 0, skipped: 0 };
}

/** Adds `outcome` of `input` to `tally`; problem files get one line through `bar`. */
export function count(tally: Tally, outcome: AlignOutcome, input: string, bar: Pick<Progress, "note">): void {
  if (outcome.kind === "aligned") {
    tally.aligned++;
    tally.crops += outcome.written;
  } else if (outcome.kind === "noFace") {
    tally.noFace++;
    bar.note(`facelab align: ${input}: no face found`);
  } else if (outcome.kind === "unalignable") {
    tally.unalignable++;
    bar.note(`facelab align: ${input}: cannot align the face: ${outcome.reason}`);
  } else {
    tally.unreadable++;
    bar.note(`facelab align: ${outcome.reason}`);
  }
}

/** The end-of-run summary. */
export function report(total: number, t: Tally, seconds: number, outDir: string): string {
  return (
    [
      `facelab align: ${total} file${total === 1 ? "" : "s"} in ${seconds.toFixed(1)} s → ${outDir}`,
      `  aligned       ${t.aligned} (${t.crops} crop${t.crops === 1 ? "" : "s"} written)`,
      `  no face       ${t.noFace}`,
      `  unreadable    ${t.unreadable}`,
      `  cannot align  ${t.unalignable}`,
      `  already done  ${t.skipped}`,
    ].join("\n") + "\n"
  );
}
