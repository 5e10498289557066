import type { compare as En } from "../en/compare.js";

export const compare: typeof En = {};
