/**
 * The MTCNN page's "three networks, opened up" section in a real browser: a diagram for each net whose
 * counts are the library's (netLayers on the released weights), layers pressed from the keyboard show
 * non-blank feature maps computed live, and axe finds nothing serious inside the section. Both editions:
 * the diagrams' counts, shapes and layer names are the same in each (only words change), so the Chinese
 * edition runs the count table, one network (O-Net, whose heads carry the most words) and axe.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import type { Page } from "playwright-core";
import { netLayers, netTotals, type NetLayer } from "../../src/mtcnn/architecture.js";
import type { NetName } from "../../src/mtcnn/weights.js";
import { axeViolations } from "../../harness/axe.js";
import { cellErrors, startSite, unavailable, type Site, type Visit } from "../../harness/browser.js";
import { EDITIONS } from "../../harness/editions.js";
import { ROOT } from "../../harness/paths.js";

const skip = unavailable();
const DETECT_TIMEOUT = 120_000;
const NETS = { pnet: "P-Net", rnet: "R-Net", onet: "O-Net" } as const;

/** The layers the library counts from a released manifest (what the page must show). */
function expectedLayers(net: NetName): NetLayer[] {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "models/mtcnn", `${net}-weights_manifest.json`), "utf8"));
  const entries: { name: string; shape: number[] }[] = manifest.flatMap((g: { weights: unknown[] }) => g.weights);
  return netLayers(net, new Map(entries.map(({ name, shape }) => [name.split("/").slice(1).join("/").toLowerCase(), shape])));
}

/** How many of the canvases under `selector` hold more than one colour. */
async function nonBlankCanvases(page: Page, selector: string): Promise<{ total: number; nonBlank: number }> {
  return page.evaluate((sel) => {
    const canvases = [...document.querySelectorAll(sel)] as HTMLCanvasElement[];
    const nonBlank = canvases.filter((c) => {
      const d = (c.getContext("2d") as CanvasRenderingContext2D).getImageData(0, 0, c.width, c.height).data;
      for (let i = 4; i < d.length; i += 4) if (d[i] !== d[0] || d[i + 1] !== d[1] || d[i + 2] !== d[2]) return true;
      return false;
    }).length;
    return { total: canvases.length, nonBlank };
  }, selector);
}

/** Presses the layer block `name` from the keyboard and waits for its maps. */
async function pressLayer(page: Page, name: string, key: "Enter" | " "): Promise<void> {
  const block = page.locator(`.net-layer[data-layer="${name}"]`);
  await block.focus();
  await page.keyboard.press(key);
  assert.equal(await block.getAttribute("aria-pressed"), "true");
  await page.locator(".feature-maps .maps-caption", { hasText: name }).first().waitFor({ timeout: 30_000 });
}

describe("MTCNN page, the three networks opened up", { skip: skip ?? false }, () => {
  let site: Site;
  before(async () => {
    site = await startSite();
  });
  after(async () => {
    await site?.close();
  });

  for (const ed of EDITIONS)
    describe(`${ed.lang}`, () => {
      let v: Visit;
      before(async () => {
        v = await site.open(`${ed.prefix}mtcnn`, { locale: ed.locale });
        await v.page.locator("#detect-summary").waitFor({ timeout: DETECT_TIMEOUT });
        await v.page.locator(".net-diagram").waitFor({ timeout: DETECT_TIMEOUT });
      });
      after(async () => {
        await v?.page.close();
      });

      test("the count table shows the library's parameters and multiply-adds for each net", async () => {
        for (const [net, label] of Object.entries(NETS) as [NetName, string][]) {
          const totals = netTotals(expectedLayers(net));
          const row = v.page.locator(`.net-counts tr[data-net="${label}"]`).first();
          assert.equal(Number(await row.getAttribute("data-parameters")), totals.parameters, `${net} parameters`);
          assert.equal(Number(await row.getAttribute("data-multiply-adds")), totals.multiplyAdds, `${net} multiply-adds`);
          assert.match((await row.textContent()) ?? "", new RegExp(totals.parameters.toLocaleString("en-US")));
        }
      });

      for (const [net, label] of Object.entries(NETS) as [NetName, string][]) {
        if (ed.lang !== "en" && net !== "onet") continue;
        test(`${label}: a diagram block per layer with the library's shape and counts; a layer pressed from the keyboard shows live maps`, async () => {
          await v.page.getByRole("radio", { name: label, exact: true }).check();
          const layers = expectedLayers(net);
          await v.page.locator(`.net-diagram[aria-label^="${label}"]`).waitFor();
          assert.equal(await v.page.locator(".net-layer").count(), layers.length + 1, "the input and every layer");
          for (const l of layers) {
            const block = v.page.locator(`.net-layer[data-layer="${l.name}"]`);
            assert.equal(await block.getAttribute("data-shape"), l.output.join("×"), `${net}/${l.name} shape`);
            assert.equal(Number(await block.getAttribute("data-parameters")), l.parameters, `${net}/${l.name} parameters`);
            assert.equal(Number(await block.getAttribute("data-multiply-adds")), l.multiplyAdds, `${net}/${l.name} multiply-adds`);
          }
          await pressLayer(v.page, "conv2", "Enter");
          const maps = await nonBlankCanvases(v.page, ".feature-maps .maps-grid canvas");
          assert.equal(maps.total, layers.find((l) => l.name === "conv2")?.output[2], "one canvas per channel");
          assert.ok(maps.nonBlank >= maps.total - 1, `${maps.nonBlank} of ${maps.total} conv2 maps are not blank`);
          const head = net === "onet" ? "conv6-3" : net === "rnet" ? "conv5-2" : "conv4-1";
          await pressLayer(v.page, head, " ");
          const drawn = await nonBlankCanvases(v.page, ".feature-maps canvas");
          assert.ok(drawn.total > 0 && drawn.nonBlank === drawn.total, `${head}: ${drawn.nonBlank} of ${drawn.total} canvases drawn`);
        });
      }

      test("axe finds no serious or critical violation inside the section, and the page stays clean", async () => {
        const scoped = await axeViolations(v.page, {
          include: [".net-diagram-wrap", ".feature-maps", ".net-counts", "#try-pnet-map-size", "#try-onet-parameters"],
        });
        assert.deepEqual(scoped, []);
        assert.deepEqual(await cellErrors(v.page), []);
        assert.deepEqual(v.errors, []);
        assert.deepEqual(v.external, []);
      });
    });
});
