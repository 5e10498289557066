// The page's language and its message table. The course has two editions with the same pages and the
// same code: English at the site's root, 简体中文 under zh/. A page's cells are identical in both
// editions (test/editions.test.ts), so a component cannot be told its language by the page: it reads
// it here, from the address, once. Importing this module also wires the language switch in the
// header (it carries the page's state, the query and the hash, to the other edition) and the
// first-visit choice: the root home page follows the reader's remembered choice, else the browser's
// language; other pages offer the other edition once when the browser prefers it.
//
// A page downloads only its own language's table, and of it only the areas the page uses (pageAreas.ts):
// this module imports them with a top-level `await`, so cells and components that import `msg` still
// read it synchronously (the browser runs them only once this module has finished). Reading an area the
// page did not load throws, naming the area, instead of rendering "undefined". The offer speaks the
// other language from two tiny tables of its own.
import type { Messages } from "./messages/en/index.js";
import { offer as enOffer } from "./messages/en/offer.js";
import { offer as zhOffer } from "./messages/zh/offer.js";
import { type Area, areasOfPage } from "./pageAreas.js";

export type Lang = "en" | "zh";
export type { Messages };

/** The edition an address belongs to: a `zh` path segment (any base path before it) is the Chinese one. */
export function langOfPath(pathname: string): Lang {
  return /(^|\/)zh(\/|$)/.test(pathname) ? "zh" : "en";
}

export const lang: Lang = typeof location === "undefined" ? "en" : langOfPath(location.pathname);
/** The BCP 47 tag for `<html lang>` and `Intl`. */
export const locale = lang === "zh" ? "zh-CN" : "en";
type Loaders = { [A in Area]: () => Promise<Messages[A]> };
// One loader per area and edition, each a literal import path (Framework resolves only those).
const LOADERS: Record<Lang, Loaders> = {
  en: {
    common: () => import("./messages/en/common.js").then((m) => m.common),
    home: () => import("./messages/en/home.js").then((m) => m.home),
    mtcnn: () => import("./messages/en/mtcnn.js").then((m) => m.mtcnn),
    facenet: () => import("./messages/en/facenet.js").then((m) => m.facenet),
    compare: () => import("./messages/en/compare.js").then((m) => m.compare),
    lfw: () => import("./messages/en/lfw.js").then((m) => m.lfw),
    clusters: () => import("./messages/en/clusters.js").then((m) => m.clusters),
    database: () => import("./messages/en/database.js").then((m) => m.database),
    webcam: () => import("./messages/en/webcam.js").then((m) => m.webcam),
    fromFacenet: () => import("./messages/en/fromFacenet.js").then((m) => m.fromFacenet),
    srn: () => import("./messages/en/srn.js").then((m) => m.srn),
    performance: () => import("./messages/en/performance.js").then((m) => m.performance),
    glossary: () => import("./messages/en/glossary.js").then((m) => m.glossary),
    models: () => import("./messages/en/models.js").then((m) => m.models),
  },
  zh: {
    common: () => import("./messages/zh/common.js").then((m) => m.common),
    home: () => import("./messages/zh/home.js").then((m) => m.home),
    mtcnn: () => import("./messages/zh/mtcnn.js").then((m) => m.mtcnn),
    facenet: () => import("./messages/zh/facenet.js").then((m) => m.facenet),
    compare: () => import("./messages/zh/compare.js").then((m) => m.compare),
    lfw: () => import("./messages/zh/lfw.js").then((m) => m.lfw),
    clusters: () => import("./messages/zh/clusters.js").then((m) => m.clusters),
    database: () => import("./messages/zh/database.js").then((m) => m.database),
    webcam: () => import("./messages/zh/webcam.js").then((m) => m.webcam),
    fromFacenet: () => import("./messages/zh/fromFacenet.js").then((m) => m.fromFacenet),
    srn: () => import("./messages/zh/srn.js").then((m) => m.srn),
    performance: () => import("./messages/zh/performance.js").then((m) => m.performance),
    glossary: () => import("./messages/zh/glossary.js").then((m) => m.glossary),
    models: () => import("./messages/zh/models.js").then((m) => m.models),
  },
};

/** Loads `areas` of edition `of` into one table; reading any other area throws, naming it. */
export async function loadMessages(of: Lang, areas: readonly Area[]): Promise<Messages> {
  const loaded: Partial<Record<Area, unknown>> = {};
  await Promise.all(areas.map(async (area) => (loaded[area] = await LOADERS[of][area]())));
  return new Proxy(loaded, {
    get(target, key) {
      if (typeof key === "string" && Object.hasOwn(LOADERS.en, key) && !Object.hasOwn(target, key))
        throw new Error(`msg.${key}: this page does not load the "${key}" messages; add "${key}" to its entry in docs/components/pageAreas.ts`);
      return Reflect.get(target, key);
    },
  }) as Messages;
}

/** The page's name, from the header's language switch (observablehq.config.ts writes it; null outside a page). */
const page = typeof document === "undefined" ? null : (document.querySelector<HTMLElement>("nav.edition-switch")?.dataset.page ?? null);
/** This page's message table: the areas its page uses (all of them outside a course page). */
export const msg: Messages = await loadMessages(lang, areasOfPage(page));
/** The first-visit offer's strings in both languages (it speaks the language the page is not in). */
const offers = { en: enOffer, zh: zhOffer };

// One formatter per number of decimals: `toLocaleString` with options builds a new one on every call,
// which cost the MTCNN page tens of milliseconds while it loads.
const formatters = new Map<number, Intl.NumberFormat>();

/** A number in the page's locale (grouping and decimals as its readers expect). */
export function formatNumber(x: number, digits = 0): string {
  let f = formatters.get(digits);
  if (!f) formatters.set(digits, (f = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits })));
  return f.format(x);
}

const STORE = "facelab-lang";

function remembered(): Lang | null {
  try {
    const v = localStorage.getItem(STORE);
    return v === "en" || v === "zh" ? v : null;
  } catch {
    return null; // storage blocked (private mode, file:)
  }
}

export function remember(choice: Lang): void {
  try {
    localStorage.setItem(STORE, choice);
  } catch {
    // nothing to remember with: the switch still works, the choice just is not kept
  }
}

/** The browser's preferred edition: Chinese when its first language is any Chinese. */
export function browserLang(languages: readonly string[]): Lang {
  return /^zh\b/i.test(languages[0] ?? "") ? "zh" : "en";
}

/** The switch links the header carries (`a.lang-switch`, written by observablehq.config.ts). */
function switchLinks(): HTMLAnchorElement[] {
  return [...document.querySelectorAll<HTMLAnchorElement>("a.lang-switch")];
}

/** The other edition's address of this page, with this page's state. */
function otherEdition(link: HTMLAnchorElement): string {
  const base = link.dataset.base ?? link.getAttribute("href") ?? "";
  link.dataset.base = base;
  return new URL(base, location.href).pathname + location.search + location.hash;
}

function wireSwitch(): void {
  for (const link of switchLinks()) {
    const update = () => {
      link.href = otherEdition(link);
    };
    // The href is refreshed whenever it could be used (hover, focus, click), so the reader's controls
    // at that moment travel with them; the click also remembers the choice.
    link.addEventListener("pointerenter", update);
    link.addEventListener("focus", update);
    link.addEventListener("click", () => {
      update();
      remember(lang === "zh" ? "en" : "zh");
    });
  }
}

/** A one-time offer of the other edition, in the other language, at the top of the page. */
function offer(target: Lang): void {
  const main = document.querySelector("#observablehq-main");
  const link = switchLinks()[0];
  if (!main || !link) return;
  const t = offers[target];
  const box = document.createElement("aside");
  box.className = "edition-offer";
  box.lang = target === "zh" ? "zh-CN" : "en";
  const go = document.createElement("a");
  go.textContent = t.switch;
  go.href = otherEdition(link);
  go.addEventListener("click", () => remember(target));
  const stay = document.createElement("button");
  stay.type = "button";
  stay.textContent = t.stay;
  stay.addEventListener("click", () => {
    remember(lang);
    box.remove();
  });
  box.append(`${t.other} `, go, " ", stay);
  main.prepend(box);
}

function firstVisit(): void {
  const home = document.querySelector<HTMLAnchorElement>("a.lang-switch[data-home]");
  const preferred = browserLang(navigator.languages?.length ? navigator.languages : [navigator.language]);
  // Away from the root home page nothing can happen when the browser prefers this edition (a remembered
  // choice only silences the offer), so the choice is not read: the first localStorage read of a visit
  // opens the site's storage, which cost the MTCNN page tens of milliseconds while it loads.
  if (!(home && lang === "en") && preferred === lang) return;
  const chosen = remembered();
  const wanted = chosen ?? preferred;
  if (wanted === lang) return;
  // Only the root home page redirects: it is where a visitor arrives without having picked an
  // edition. An address to a page names its edition; there the other one is only offered.
  if (home && lang === "en") {
    location.replace(otherEdition(home));
    return;
  }
  if (!chosen) offer(wanted);
}

if (typeof document !== "undefined" && !(globalThis as { facelabI18n?: boolean }).facelabI18n) {
  (globalThis as { facelabI18n?: boolean }).facelabI18n = true;
  document.documentElement.lang = locale;
  // Framework's sidebar script titles its toggle in English ("Toggle sidebar ⌘B"); it ran before us.
  const toggle = document.getElementById("observablehq-sidebar-toggle");
  if (toggle) toggle.title = toggle.title.replace(/^Toggle sidebar/, msg.common.sidebarToggle);
  wireSwitch();
  firstVisit();
}
