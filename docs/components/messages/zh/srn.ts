import type { srn as En } from "../en/srn.js";

export const srn: typeof En = {};
