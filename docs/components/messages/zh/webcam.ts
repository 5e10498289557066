import type { webcam as En } from "../en/webcam.js";

export const webcam: typeof En = {};
