/**
 * The webcam page's frame rate and latency at 640×480 on the wasm backend, with Chromium's fake
 * camera playing a y4m made from the bundled photos (group photo, portrait, Anthony Hopkins): the
 * page's own readout (FPS over the last second, detect and embed ms of the last detection) sampled
 * once a second for 15 s at k = 1, 3 and 5. Needs the built site (npm run build). Run with
 * `node --import tsx bench/webcamFps.ts`; the figures depend on the machine and its load.
 */
import { tmpdir } from "node:os";
import path from "node:path";
import { ROOT } from "../harness/paths.js";
import { writeY4m } from "../harness/y4m.js";
import { startSite } from "../harness/browser.js";
import { median } from "../src/math/statistics.js";
const video = path.join(tmpdir(), "facelab-webcam-fps.y4m");
await writeY4m(
  video,
  ["group.jpg", "portrait.jpg", "Anthony_Hopkins_0001.jpg"].map((f) => path.join(ROOT, "docs/photos", f)),
  { width: 640, height: 480, fps: 30, framesPerPhoto: 90, panPerFrame: 1 },
);
const site = await startSite({ args: ["--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", `--use-file-for-fake-video-capture=${video}`] });
const v = await site.open("webcam");
await v.page.waitForFunction(() => Number(document.querySelector<HTMLElement>("#webcam-stats")?.dataset.detections ?? 0) >= 3, null, { timeout: 180_000 });
for (const k of ["1", "3", "5"]) {
  await v.page.locator("select").first().selectOption(k);
  await v.page.waitForTimeout(4000);
  const samples: Record<string, string | undefined>[] = [];
  for (let i = 0; i < 15; i++) {
    await v.page.waitForTimeout(1000);
    samples.push(await v.page.locator("#webcam-stats").evaluate((e: HTMLElement) => ({ ...e.dataset })));
  }
  const col = (key: string) => median(samples.map((s) => Number(s[key])));
  console.log(
    `k=${k}: median over 15 s — fps ${col("fps")}, detect ${col("detectMs")} ms, embed ${col("embedMs")} ms, frame ${col("frameMs")} ms, faces ${col("faces")}; fps range ${Math.min(...samples.map((s) => +s.fps!))}–${Math.max(...samples.map((s) => +s.fps!))}`,
  );
}
console.log("errors", v.errors);
await site.close();
