/**
 * The serious and critical axe-core (WCAG 2 A/AA) violations a page owns: everything except the
 * three the site fixes in one place for every page — no `lang` on <html>, the sidebar's <ol>, and the
 * colour of links (sidebar links and plain links in prose). Each line names the rule and the first
 * offending elements, so a failing test says what to fix.
 */
import type { Page } from "playwright-core";
import { axeViolations } from "../../../harness/axe.js";

interface Node {
  target: string[];
  html: string;
}
interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Node[];
}

/** A node the site-wide fixes cover. */
function global(id: string, node: Node): boolean {
  if (id === "html-has-lang") return true;
  if (id === "list") return node.target.join(" ").includes("sidebar") || /observablehq/.test(node.html);
  if (id === "color-contrast" || id === "link-in-text-block") return /^<a[\s>]/.test(node.html);
  return false;
}

export async function ownAxeViolations(page: Page): Promise<string[]> {
  await axeViolations(page); // injects axe-core from node_modules (the site's CSP refuses inline scripts)
  const violations = (await page.evaluate(async () => {
    // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above
    const axe = (window as any).axe;
    const r = await axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
    return r.violations.map((v: Violation) => ({ ...v, nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html })) }));
  })) as Violation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !global(v.id, n)) }))
    .filter((v) => v.nodes.length > 0)
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes.length} node(s), e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => `${n.target.join(" ")} ${n.html.slice(0, 80)}`)
          .join(" | ")}`,
    );
}
