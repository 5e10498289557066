// Zhang et al. 2016, Table I, quoted in full: "Comparison of speed and validation accuracy of our CNNs
// and previous CNNs [19]" — the time of 300 forward passes and the face / non-face validation accuracy
// of each MTCNN network beside the network of Li et al. 2015 (the paper's [19]) it replaces, trained
// and validated on the same data within each group. The paper does not state the hardware, framework
// or batch size of these timings.

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
  const table = document.createElement("table");
  table.id = "paper-table-1";
  table.className = "paper-table";
  const caption = table.createCaption();
  caption.textContent = "Quoted: Zhang et al. 2016, Table I — speed and validation accuracy of MTCNN's networks and the earlier ones of Li et al. 2015";
  const head = table.createTHead().insertRow();
  for (const h of ["group", "network", "300 forward passes", "validation accuracy"]) {
    const th = document.createElement("th");
    th.scope = "col";
    th.textContent = h;
    head.append(th);
  }
  const body = table.createTBody();
  for (const r of PAPER_TABLE_1) {
    const row = body.insertRow();
    if (!r.network.includes("Li")) row.className = "ours";
    for (const text of [r.group, r.network, `${r.seconds.toFixed(3)} s`, `${r.accuracy.toFixed(1)} %`]) row.insertCell().textContent = text;
  }
  return table;
}
