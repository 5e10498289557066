/**
 * The MTCNN page's main flow for everyPage.test.ts, in either edition: the sample's detection, an
 * uploaded photo's, and the live timing table. Texts come from the edition's message table.
 */
import path from "node:path";
import type { Page } from "playwright-core";
import type { Edition } from "../../../harness/editions.js";
import { ROOT } from "../../../harness/paths.js";

const TIMEOUT = 180_000;

/** Waits until `#detect-summary` contains `text`. */
const summaryHas = (page: Page, text: string) =>
  page.waitForFunction((s) => (document.querySelector("#detect-summary")?.textContent ?? "").includes(s), text, { timeout: TIMEOUT });

export async function flow(page: Page, ed: Edition): Promise<void> {
  const t = ed.msg.mtcnn;
  await summaryHas(page, t.facesIn(6, t.samples["Group photo"]));
  await page.locator('.photo-picker input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/portrait.jpg"));
  await summaryHas(page, t.summaryBefore("portrait.jpg") || t.inPhoto("portrait.jpg"));
  await page.getByRole("button", { name: t.runTiming }).click();
  await page.locator("table", { hasText: t.timingColumns.measured }).waitFor({ timeout: TIMEOUT });
}
