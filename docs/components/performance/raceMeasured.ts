// The browser races' "measured on" line, with each race's number of timed rounds; the "not measured
// yet" note while bench/results/mtcnn-browser.json is missing.
import { raceName, type RaceResult } from "./benchFigures.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

export function raceMeasured(browser: Parameters<typeof measuredLine>[0] | null, races: readonly (RaceResult & { measured?: string })[]): HTMLElement {
  const t = msg.performance;
  if (!browser) return notYet(t.notYetWhat.browserRace, "npm run bench:browser");
  return measuredLine(browser, races, t.roundsPerRace(races.map((r) => `${raceName(r)} ${r.rounds}`).join(t.listSep)));
}
