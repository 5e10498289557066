// The "your photo through every detector" figure: a button that starts the race, then one small
// panel per detector (the photo, its boxes, the face count and the times measured in this tab).
// Before the first run every panel says what to do; the panels fill in as each detector finishes.
// Its `value` is the finished results (null until then), announced with an "input" event.
import { DETECTOR_NAMES, type DetectorName } from "facelab";
import { drawBox, photoCanvas } from "../draw.js";
import { formatNumber, msg } from "../i18n.js";
import type { Race, RaceResult } from "./detectorRace.js";

/** One colour per detector, in `DETECTOR_NAMES` order (Observable's categorical palette). */
export const DETECTOR_COLORS = ["#4269d0", "#ff725c", "#3ca951", "#a463f2", "#efb118", "#97bbf5", "#9c6b4e"];

/** Set once the reader has pressed the button: later photos run without asking again. */
let started = false;

function panel(image: ImageBitmap, name: DetectorName, result: RaceResult | undefined, width: number): HTMLElement {
  const m = msg.models;
  const figure = Object.assign(document.createElement("figure"), { className: "race-panel" });
  figure.style.width = `${width}px`;
  figure.dataset.detector = name;
  const color = DETECTOR_COLORS[DETECTOR_NAMES.indexOf(name)];
  const photo = photoCanvas(image, width);
  photo.canvas.setAttribute("role", "img");
  photo.canvas.setAttribute("aria-label", result ? m.raceFaces(msg.common.detectorNames[name], result.faces.length) : msg.common.detectorNames[name]);
  for (const f of result?.faces ?? []) drawBox(photo, f.box, { color, lineWidth: 2 });
  const caption = document.createElement("figcaption");
  const title = Object.assign(document.createElement("strong"), { textContent: msg.common.detectorNames[name] });
  const line = document.createElement("span");
  if (!result) line.textContent = started ? m.raceWaiting : m.racePrompt;
  else if (result.error) line.textContent = m.raceError(result.error);
  else line.textContent = m.raceLine(result.faces.length, formatNumber(result.loadMs), formatNumber(result.firstMs), formatNumber(result.secondMs));
  caption.append(title, document.createElement("br"), line);
  figure.append(photo.canvas, caption);
  return figure;
}

/** The figure for `image`; runs `race` when its button is pressed (or at once after the first time). */
export function raceView(race: Race, image: ImageBitmap, { width = 640 } = {}): HTMLElement & { value: RaceResult[] | null } {
  const m = msg.models;
  const root = Object.assign(document.createElement("div"), { className: "race", value: null }) as HTMLDivElement & { value: RaceResult[] | null };
  const button = Object.assign(document.createElement("button"), { type: "button", textContent: m.raceButton });
  const status = Object.assign(document.createElement("span"), { className: "race-status" });
  status.setAttribute("aria-live", "polite");
  const grid = Object.assign(document.createElement("div"), { className: "race-grid" });
  const panelWidth = Math.max(200, Math.min(320, Math.floor((width - 2 * 13) / 3))); // three per row, 0.8rem gaps
  const draw = (done: readonly RaceResult[]) =>
    grid.replaceChildren(
      ...DETECTOR_NAMES.map((name) =>
        panel(
          image,
          name,
          done.find((r) => r.name === name),
          panelWidth,
        ),
      ),
    );
  const run = async () => {
    started = true;
    button.disabled = true;
    status.textContent = m.raceRunning;
    draw([]);
    const results = await race(image, (done) => {
      status.textContent = m.raceProgress(done.length, DETECTOR_NAMES.length);
      draw(done);
    });
    status.textContent = m.raceDone;
    button.disabled = false;
    button.textContent = m.raceAgain;
    root.value = results;
    root.dispatchEvent(new Event("input", { bubbles: true }));
  };
  button.addEventListener("click", () => void run());
  root.append(button, status, grid);
  draw([]);
  if (started) void run();
  return root;
}
