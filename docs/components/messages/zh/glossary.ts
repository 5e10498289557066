import type { glossary as En } from "../en/glossary.js";

export const glossary: typeof En = {};
