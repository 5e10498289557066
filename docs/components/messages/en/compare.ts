// UI text of the compare page's components; ../zh/compare.ts has the same keys (tsc checks it).
export const compare = {};
