import type { database as En } from "../en/database.js";

export const database: typeof En = {};
