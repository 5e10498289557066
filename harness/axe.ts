/**
 * Accessibility audit of a page in the test browser: axe-core (npm, injected from node_modules, so
 * no request leaves the site) with the WCAG 2 A/AA rules. Returns the serious and critical
 * violations, one line each with a few of the offending elements, so a failing test says what to fix.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

// Evaluated through the DevTools protocol rather than added as a <script>: the site's
// Content-Security-Policy (rightly) refuses inline scripts.
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

interface AxeNode {
  target: string[];
  failureSummary?: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

export interface AxeScope {
  /** CSS selectors: audit only these parts of the page. */
  include?: string[];
  /** CSS selectors of parts left out of the audit. */
  exclude?: string[];
}

/** Serious and critical WCAG 2 A/AA violations on the page as it is now (within `scope`). */
export async function axeViolations(page: Page, { include = [], exclude = [] }: AxeScope = {}): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const violations = (await page.evaluate(
    async ({ include, exclude }) => {
      // biome-ignore lint/suspicious/noExplicitAny: axe-core's global, injected above
      const axe = (window as any).axe;
      const context =
        include.length || exclude.length ? { include: include.length ? include.map((s) => [s]) : [["html"]], exclude: exclude.map((s) => [s]) } : document;
      const result = await axe.run(context, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] }, resultTypes: ["violations"] });
      return result.violations;
    },
    { include, exclude },
  )) as AxeViolation[];
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.impact} ${v.id} (${v.help}): ${v.nodes.length} node(s), e.g. ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(" "))
          .join(" | ")}`,
    );
}
