// UI text of the glossary page's components; ../zh/glossary.ts has the same keys (tsc checks it).
export const glossary = {};
