// Do facelab and face-api.js find the same faces? One row per race: the faces each found in the last
// round, how many pair up at IoU ≥ 0.5, F1, and on the full-size photos each one's recall of the
// reference MTCNN's faces.
import { raceName, type RaceResult } from "./benchFigures.js";
import { textTable } from "../textTable.js";
import { msg } from "../i18n.js";

const recall = (r: RaceResult) =>
  r.recall ? msg.performance.recallOf(`${r.recall.facelab.matched}/${r.recall.facelab.of}`, `${r.recall.faceApi.matched}/${r.recall.faceApi.of}`) : "—";

/** The agreement of each race, as a `<table class="agreement-table">`. */
export const agreementTable = (races: readonly RaceResult[]): HTMLTableElement =>
  textTable(
    "agreement-table",
    msg.performance.agreementHead,
    races.map((r) => [raceName(r), r.photos, r.agreement.facelabFaces, r.agreement.faceApiFaces, r.agreement.matched, r.agreement.f1.toFixed(2), recall(r)]),
  );
