// The lesson maps' runs: one per perplexity (each run to 500 iterations), or snapshots of one run at
// several iterations (perplexity 30), captioned in the page's language.
import { msg } from "../i18n.js";
import type { LessonRun } from "../tsneLessons.js";

export function lessonRuns(kind: "perplexity" | "iteration", values: readonly number[]): LessonRun[] {
  return kind === "perplexity"
    ? values.map((perplexity) => ({ caption: msg.clusters.perplexityCaption(perplexity), options: { perplexity }, iteration: 500 }))
    : values.map((iteration) => ({ caption: msg.clusters.iterationCaption(iteration), options: { perplexity: 30 }, iteration }));
}
