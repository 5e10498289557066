import type { fromFacenet as En } from "../en/fromFacenet.js";

export const fromFacenet: typeof En = {};
