import type { home as En } from "../en/home.js";

export const home: typeof En = {};
