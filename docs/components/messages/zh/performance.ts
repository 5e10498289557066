import type { performance as En } from "../en/performance.js";

export const performance: typeof En = {};
