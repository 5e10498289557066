// The embedder race as run in Node and in Chromium (each run's section, embedSection.ts), and the
// "not measured yet" notes for the runs missing.
import { embedSection, type EmbedRace } from "./embedSection.js";
import { measuredLine } from "./measuredLine.js";
import { notYet } from "./notYet.js";
import { msg } from "../i18n.js";

type Browser = { embed?: (EmbedRace & { unavailable?: unknown })[] };

export function embedSections(node: (EmbedRace & Parameters<typeof measuredLine>[0]) | null, browser: Browser | null, width: number): HTMLDivElement {
  const t = msg.performance;
  const div = document.createElement("div");
  if (node) div.append(measuredLine(node), embedSection(node, "Node", width));
  else div.append(notYet(t.notYetWhat.embedNode, "npm run bench:embed"));
  const inBrowser = (browser?.embed ?? []).filter((e) => !e.unavailable);
  for (const e of inBrowser) div.append(embedSection(e, "Chromium", width));
  if (browser && !inBrowser.length) div.append(notYet(t.notYetWhat.embedBrowser, "npm run bench:browser"));
  return div;
}
