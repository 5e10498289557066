// UI text of the webcam page's components; ../zh/webcam.ts has the same keys (tsc checks it).
export const webcam = {};
