// UI text of the performance page's components; ../zh/performance.ts has the same keys (tsc checks it).
export const performance = {};
