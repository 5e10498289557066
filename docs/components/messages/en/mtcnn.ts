// UI text of the mtcnn page's components; ../zh/mtcnn.ts has the same keys (tsc checks it).
export const mtcnn = {};
