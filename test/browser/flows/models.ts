// The models page's main flow for everyPage.test.ts, in either edition: every detector runs on the
// default (group) photo, so the detectors' weights load and their panels fill in.
import type { Page } from "playwright-core";
import type { Edition } from "../../../harness/editions.js";

const TIMEOUT = 300_000;

export async function flow(page: Page, ed: Edition): Promise<void> {
  const m = ed.msg.models;
  await page.locator(".race > button").waitFor({ timeout: TIMEOUT });
  await page.getByRole("button", { name: m.raceButton }).click();
  await page.waitForFunction((done) => document.querySelector(".race-status")?.textContent === done, m.raceDone, { timeout: TIMEOUT });
}
