import type { clusters as En } from "../en/clusters.js";

export const clusters: typeof En = {};
