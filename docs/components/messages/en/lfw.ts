// UI text of the lfw page's components; ../zh/lfw.ts has the same keys (tsc checks it).
export const lfw = {};
