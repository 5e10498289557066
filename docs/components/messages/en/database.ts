// UI text of the database page's components; ../zh/database.ts has the same keys (tsc checks it).
export const database = {};
