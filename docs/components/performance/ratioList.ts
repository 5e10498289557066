// "webgl · 640×480 crops 0.45×, cpu · 640×480 crops 0.38×": each race's ratio, for the prose under the ratio chart.
import { raceName, times, type RaceResult } from "./benchFigures.js";
import { msg } from "../i18n.js";

export const ratioList = (races: readonly RaceResult[]): string => races.map((r) => `${raceName(r)} ${times(r.ratio)}`).join(msg.performance.listSep);
