import { startSite } from "../harness/browser.js";
const [route, out, wait = "3000", width = "1280"] = process.argv.slice(2);
const site = await startSite();
const v = await site.open(route, { width: Number(width) });
await v.page.waitForTimeout(Number(wait));
await v.page.screenshot({ path: out, fullPage: true });
await site.close();
