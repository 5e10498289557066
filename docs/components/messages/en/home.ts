// UI text of the home page's components; ../zh/home.ts has the same keys (tsc checks it).
export const home = {};
