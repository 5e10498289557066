import type { lfw as En } from "../en/lfw.js";

export const lfw: typeof En = {};
