// UI text of the facenet page's components; ../zh/facenet.ts has the same keys (tsc checks it).
export const facenet = {};
