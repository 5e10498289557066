import type { facenet as En } from "../en/facenet.js";

export const facenet: typeof En = {};
