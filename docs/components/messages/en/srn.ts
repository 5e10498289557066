// UI text of the srn page's components; ../zh/srn.ts has the same keys (tsc checks it).
export const srn = {};
