// The database page's "Add person" form: a name (checked by the store), added on submit; the
// store's objection, if any, is shown beside the button.
import { facedbMessage } from "./database/facedbMessage.js";
import { msg } from "./i18n.js";

/** What the form needs from docs/components/faceStore.js. */
export interface PersonStore {
  addPerson(name: string): Promise<unknown>;
}

/** The form; the name field empties once the person is added. */
export function addPersonForm(store: PersonStore): HTMLFormElement {
  const form = Object.assign(document.createElement("form"), { className: "add-person db-actions" });
  const t = msg.database;
  const input = Object.assign(document.createElement("input"), { type: "text", name: "name", maxLength: 100, required: true, placeholder: t.namePlaceholder });
  const label = document.createElement("label");
  label.append(`${t.nameLabel} `, input);
  const submit = Object.assign(document.createElement("button"), { type: "submit", className: "primary", textContent: t.addPerson });
  const error = Object.assign(document.createElement("span"), { className: "status-line error", id: "add-person-error" });
  form.append(label, " ", submit, " ", error);
  form.onsubmit = async (event) => {
    event.preventDefault();
    try {
      await store.addPerson(input.value);
      input.value = "";
      error.textContent = "";
    } catch (err) {
      error.textContent = facedbMessage(err);
    }
  };
  return form;
}
