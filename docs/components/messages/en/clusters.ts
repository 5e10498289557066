// UI text of the clusters page's components; ../zh/clusters.ts has the same keys (tsc checks it).
export const clusters = {};
