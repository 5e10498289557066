import type { offer as En } from "../en/offer.js";

export const offer: typeof En = {
  other: "本页有中文版。",
  switch: "阅读中文版",
  stay: "继续阅读英文版",
};
