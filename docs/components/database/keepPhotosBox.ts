// The opt-in to keep full photos with the enrolled faces; asked per photo, so it can be ticked any time.
import { msg } from "../i18n.js";

export type KeepPhotosBox = HTMLLabelElement & { readonly checked: boolean };

/** The labelled checkbox; `.checked` reads it now. */
export function keepPhotosBox(): KeepPhotosBox {
  const input = Object.assign(document.createElement("input"), { type: "checkbox" });
  const label = document.createElement("label");
  label.append(input, ` ${msg.database.keepPhotos}`);
  return Object.defineProperty(label, "checked", { get: () => input.checked }) as KeepPhotosBox;
}
