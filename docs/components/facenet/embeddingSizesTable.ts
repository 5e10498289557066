// VAL against embedding size (Schroff et al. 2015, Table 5, NN1 on the hold-out set) as a table.
import * as Inputs from "@observablehq/inputs";
import { FACENET_EMBEDDING_SIZES } from "facelab";
import { scrollable } from "../accessible.js";
import { msg } from "../i18n.js";

/** One row per embedding size. */
export function embeddingSizesTable(): HTMLElement {
  const { sizes, models } = msg.facenet;
  const rows = FACENET_EMBEDDING_SIZES.map((e) => ({ [sizes.dimensions]: e.dimension, [models.val]: `${e.val.mean}% ± ${e.val.sem}` }));
  return scrollable(Inputs.table(rows, { select: false, sort: null, layout: "auto" }) as HTMLElement, sizes.name);
}
