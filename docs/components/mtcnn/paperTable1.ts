// Zhang et al. 2016, Table I, quoted in full: "Comparison of speed and validation accuracy of our CNNs
// and previous CNNs [19]" — the time of 300 forward passes and the face / non-face validation accuracy
// of each MTCNN network beside the network of Li et al. 2015 (the paper's [19]) it replaces, trained
// and validated on the same data within each group. The paper does not state the hardware, framework
// or batch size of these timings.
import { textTable } from "../textTable.js";
import { msg } from "../i18n.js";

export interface PaperTimingRow {
  group: string;
  network: string;
  /** Seconds for 300 forward passes, as printed. */
  seconds: number;
  /** Validation accuracy, % as printed. */
  accuracy: number;
}

export const PAPER_TABLE_1: readonly PaperTimingRow[] = [
  { group: "Group 1", network: "12-Net (Li et al. 2015)", seconds: 0.038, accuracy: 94.4 },
  { group: "Group 1", network: "P-Net", seconds: 0.031, accuracy: 94.6 },
  { group: "Group 2", network: "24-Net (Li et al. 2015)", seconds: 0.738, accuracy: 95.1 },
  { group: "Group 2", network: "R-Net", seconds: 0.458, accuracy: 95.4 },
  { group: "Group 3", network: "48-Net (Li et al. 2015)", seconds: 3.577, accuracy: 93.2 },
  { group: "Group 3", network: "O-Net", seconds: 1.347, accuracy: 95.4 },
];

/** Seconds for 300 passes of an MTCNN network ("P-Net", "R-Net", "O-Net") in Table I. */
export function paperSeconds(network: string): number | undefined {
  return PAPER_TABLE_1.find((r) => r.network === network)?.seconds;
}

/** Table I as a `<table id="paper-table-1">` with a caption naming it as quoted. */
export function paperTable1(): HTMLTableElement {
  const table = textTable(
    "paper-table",
    msg.mtcnn.paperHeaders,
    PAPER_TABLE_1.map((r) => [
      msg.mtcnn.group(Number(r.group.slice(-1))),
      r.network.includes("Li") ? msg.mtcnn.liNet(r.network.split(" ")[0]) : r.network,
      `${r.seconds.toFixed(3)} s`,
      `${r.accuracy.toFixed(1)} %`,
    ]),
  );
  table.id = "paper-table-1";
  table.createCaption().textContent = msg.mtcnn.paperCaption;
  PAPER_TABLE_1.forEach((r, i) => {
    if (!r.network.includes("Li")) table.tBodies[0].rows[i].className = "ours";
  });
  return table;
}
