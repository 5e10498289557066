// The FaceNet page's main flow for everyPage.test.ts, in either edition: the live mini-batch is
// embedded, the dev-test accuracy of the untrained network is measured, five training steps draw the
// loss chart. Texts come from the edition's message table.
import type { Page } from "playwright-core";
import type { Edition } from "../../../harness/editions.js";

const TIMEOUT = 180_000;

export async function flow(page: Page, ed: Edition): Promise<void> {
  const t = ed.msg.facenet;
  await page.waitForFunction((text) => (document.querySelector("#batch-summary")?.textContent ?? "").includes(text), t.batchCount(48, 12, 72), {
    timeout: TIMEOUT,
  });
  await page.locator("#training-summary").scrollIntoViewIfNeeded(); // the training faces load once the section nears the screen
  await page.waitForFunction(() => /%/.test(document.querySelector(".triplet-training .devtest-accuracy")?.textContent ?? ""), null, { timeout: TIMEOUT });
  await page.waitForFunction(() => !document.querySelector<HTMLButtonElement>(".triplet-training button")?.disabled, null, { timeout: TIMEOUT });
  await page.locator(".triplet-training").getByRole("button", { name: t.training.start }).click();
  await page.waitForFunction(() => Number(document.querySelector(".triplet-training .step-count")?.textContent) >= 5, null, { timeout: TIMEOUT });
  await page.locator(".triplet-training").getByRole("button", { name: t.training.pause }).click();
  await page.waitForFunction(() => document.querySelectorAll(".triplet-training .loss-chart canvas").length > 0, null, { timeout: TIMEOUT }); // tfjs-vis (vega) drew
}
