// The compare page's main flow for everyPage.test.ts, in either edition: the two Hopkins photos are
// judged the same person, then the group photo as photo B gives a verdict. Texts come from the
// edition's message table.
import path from "node:path";
import type { Page } from "playwright-core";
import type { Edition } from "../../../harness/editions.js";
import { ROOT } from "../../../harness/paths.js";

const TIMEOUT = 180_000;

const verdictHas = (page: Page, texts: string[]) =>
  page.waitForFunction((ts) => ts.some((t) => (document.querySelector("#verdict")?.textContent ?? "").includes(t)), texts, { timeout: TIMEOUT });

export async function flow(page: Page, ed: Edition): Promise<void> {
  const t = ed.msg.compare;
  await verdictHas(page, [t.same]);
  await page.locator(".photo-picker").nth(1).locator('input[type="file"]').setInputFiles(path.join(ROOT, "docs/photos/group.jpg"));
  await verdictHas(page, [t.different, t.same]);
}
