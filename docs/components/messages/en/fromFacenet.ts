// UI text of the fromFacenet page's components; ../zh/fromFacenet.ts has the same keys (tsc checks it).
export const fromFacenet = {};
