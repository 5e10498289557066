import type { mtcnn as En } from "../en/mtcnn.js";

export const mtcnn: typeof En = {};
