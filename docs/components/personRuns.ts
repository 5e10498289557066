// Whose face each LFW row is, without the rest of embeddings.tsv: the clusters page needs only the
// person per row (to pick people and colour points), not the path, score and box — 0.1 MB instead of
// 1 MB before its first map. Encoded as runs of consecutive rows of one person ("name<TAB>count" per
// line, in row order), which embeddings.tsv's path order makes one run per person; built at build time
// from embeddings.tsv by docs/_data/lfw/people.tsv.ts.
import type { LfwRow } from "./lfwData.js";

/** The runs of `people` (one name per row) as TSV lines "name\tcount", in row order. */
export function encodePersonRuns(people: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < people.length; ) {
    let j = i + 1;
    while (j < people.length && people[j] === people[i]) j++;
    lines.push(`${people[i]}\t${j - i}`);
    i = j;
  }
  return `${lines.join("\n")}\n`;
}

/** One `{person}` per row, from `encodePersonRuns`'s TSV. */
export function decodePersonRuns(tsv: string): Pick<LfwRow, "person">[] {
  const rows: Pick<LfwRow, "person">[] = [];
  for (const line of tsv.split("\n")) {
    if (line === "") continue;
    const [person, count] = line.split("\t");
    for (let k = 0; k < Number(count); k++) rows.push({ person });
  }
  return rows;
}
