/**
 * The Performance page's main flow for the every-page walk, in either edition: the charts drawn, then
 * the shortest live race (cpu, one photo, one round) — face-api.js's frame and its weights load under
 * the same policy — until the summary shows its ratio. Every text it looks for comes from the edition's table.
 */
import type { Page } from "playwright-core";
import type { Edition } from "../../../harness/editions.js";

const TIMEOUT = 180_000;

/** "ratio 0.45×" in English, "耗时比 0.45×" in Chinese. */
export const ratioPattern = (ed: Edition): RegExp => new RegExp(`${ed.msg.performance.ratioWord} \\d+\\.\\d\\d×`);

export async function flow(page: Page, ed: Edition): Promise<void> {
  const t = ed.msg.performance;
  await page.locator(".bar-chart").first().waitFor({ timeout: TIMEOUT });
  const race = page.locator(".live-race");
  await race.getByLabel(t.raceBackend).selectOption("cpu");
  await race.getByLabel(t.racePhotos).fill("1");
  await race.getByLabel(t.raceRounds).fill("1");
  await page.getByRole("button", { name: t.runRace }).click();
  await page.locator(".live-race-summary", { hasText: ratioPattern(ed) }).waitFor({ timeout: TIMEOUT });
}
