// The clustering scores against the true names, one row per method: its setting, the number of groups
// and noise faces, purity and the adjusted Rand index (noise faces count as groups of one).
import * as Inputs from "@observablehq/inputs";
import { adjustedRandIndex, NOISE, purity } from "facelab";
import { msg } from "../i18n.js";

export interface ClusterSettings {
  cw: number;
  eps: number;
  minPts: number;
}

/** `<div id="cluster-scores">` with the table for Chinese whispers' `cw` and DBSCAN's `db` labels. */
export function clusterScores(truth: Int32Array, cw: Int32Array, db: Int32Array, s: ClusterSettings): HTMLElement {
  const t = msg.clusters;
  const rows = [
    {
      method: t.chineseWhispers,
      setting: t.cwSetting(s.cw),
      clusters: new Set(cw).size,
      noise: 0,
      purity: purity(cw, truth),
      ARI: adjustedRandIndex(cw, truth),
    },
    {
      method: t.dbscan,
      setting: t.dbSetting(s.eps, s.minPts),
      clusters: new Set([...db].filter((l) => l !== NOISE)).size,
      noise: db.filter((l) => l === NOISE).length,
      purity: purity(db, truth),
      ARI: adjustedRandIndex(db, truth),
    },
  ];
  const box = document.createElement("div");
  box.id = "cluster-scores";
  const three = (x: number) => x.toFixed(3);
  box.append(Inputs.table(rows, { select: false, sort: null, layout: "auto", header: t.columns, format: { purity: three, ARI: three } }));
  return box;
}
