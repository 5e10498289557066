// Which parts ("areas") of the message table each page needs, so a page downloads only those: /glossary
// needs the glossary's few words, not /mtcnn's. `common` is always loaded. test/pageAreas.test.ts walks
// each page's imports and fails if a page reads an area (`msg.<area>`) this map does not give it.
import type { Messages } from "./messages/en/index.js";

export type Area = keyof Messages;

/** Every area, in the message table's order (a page this map does not know loads them all). */
export const AREAS: readonly Area[] = [
  "common",
  "home",
  "mtcnn",
  "facenet",
  "compare",
  "lfw",
  "clusters",
  "database",
  "webcam",
  "fromFacenet",
  "srn",
  "performance",
  "glossary",
  "models",
];

/** The areas each page reads besides `common`, by page (its file name under docs/ and docs/zh/). */
export const PAGE_AREAS: Readonly<Record<string, readonly Area[]>> = {
  index: [],
  mtcnn: ["mtcnn"],
  facenet: ["facenet"],
  compare: ["compare"],
  lfw: ["lfw"],
  clusters: ["clusters"],
  // The database page embeds the compare page's photo card and the webcam's enrolment.
  database: ["database", "compare", "webcam"],
  webcam: ["webcam", "database"],
  // The scripts page quotes the LFW page's evaluation table.
  "from-facenet": ["fromFacenet", "lfw"],
  srn: ["srn"],
  performance: ["performance"],
  glossary: ["glossary"],
  // The models page runs the MTCNN page's photo picker and detection wording.
  models: ["models", "mtcnn"],
};

/** The areas to load for `page`: `common` and the page's, or every area for an unknown page (or none). */
export function areasOfPage(page: string | null | undefined): readonly Area[] {
  return page && Object.hasOwn(PAGE_AREAS, page) ? ["common", ...PAGE_AREAS[page]] : AREAS;
}
