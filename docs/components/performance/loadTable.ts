// The cold-load benchmark's network side: for the cold load (empty cache) and the reload, the first
// detection's time, the requests made until then, how many the HTTP cache answered, and the bytes.
import { seconds } from "./benchFigures.js";
import { bytes, COLD, WARM, type ColdLoad, type LoadPhase } from "./coldLoadBars.js";
import { textTable } from "../textTable.js";
import { msg } from "../i18n.js";

const phase = (name: string, p: LoadPhase) => [
  name,
  seconds(p.ms.firstDetection!.median),
  p.network.requests.median,
  p.network.fromCache.median,
  bytes(p.network.bytes.median),
];

/** Cold and warm load side by side, as a `<table class="load-table">`. */
export const loadTable = (r: ColdLoad): HTMLTableElement => textTable("load-table", msg.performance.loadHead, [phase(COLD, r.cold), phase(WARM, r.warm)]);
