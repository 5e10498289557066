// UI text of the glossary page's table; ../zh/glossary.ts has the same keys (tsc checks it).
export const glossary = {
  english: "English",
  chinese: "中文",
  report: "Course report’s word",
  definition: "Definition",
  none: "—",
  jump: "Course parts",
  terms: (n: number) => `${n} terms`,
};
