// Which parts ("areas") of the message table each page needs, so a page downloads only those: /glossary
// needs the glossary's few words, not /mtcnn's. `common` is always loaded. test/pageAreas.test.ts walks
// each page's imports and fails if a page reads an area (`msg.<area>`) this map does not give it.
import type { Messages } from "./messages/en/index.js";

export type Area = keyof Messages;

/** Every area, in the message table's order (an address that is not a known page loads them all). */
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
};

/**
 * The page an address shows: its last path segment without `.html`; the edition's root ("/", "/zh/")
 * is the home page. Null for an address that is not one of the course's pages.
 */
export function pageOfPath(pathname: string): string | null {
  const segments = pathname.split("/").filter((s) => s !== "");
  const last = (segments.at(-1) ?? "").replace(/\.html$/, "");
  const page = last === "" || last === "zh" ? "index" : last;
  return Object.hasOwn(PAGE_AREAS, page) ? page : null;
}

/** The areas to load for an address: `common` and its page's, or every area when the page is unknown. */
export function areasOfPath(pathname: string | null): readonly Area[] {
  const page = pathname === null ? null : pageOfPath(pathname);
  return page === null ? AREAS : ["common", ...PAGE_AREAS[page]];
}
