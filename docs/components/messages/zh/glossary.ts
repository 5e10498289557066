import type { glossary as En } from "../en/glossary.js";

export const glossary: typeof En = {
  english: "English",
  chinese: "中文",
  report: "课程报告中的用词",
  definition: "释义",
  none: "—",
  jump: "课程各部分",
  terms: (n) => `${n} 个术语`,
};
