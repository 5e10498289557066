// Data loader: the person of each row of lfw/embeddings.tsv, as runs (see docs/components/personRuns.ts).
import { readFileSync } from "node:fs";
import { parseRows } from "../components/lfwData.js";
import { encodePersonRuns } from "../components/personRuns.js";

const tsv = readFileSync(new URL("./lfw/embeddings.tsv", import.meta.url), "utf8");
process.stdout.write(encodePersonRuns(parseRows(tsv).map((r) => r.person)));
