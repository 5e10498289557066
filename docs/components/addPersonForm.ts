// The database page's "Add person" form: a name (checked by the store), added on submit; the
// store's objection, if any, is shown beside the button.

/** What the form needs from docs/components/faceStore.js. */
export interface PersonStore {
  addPerson(name: string): Promise<unknown>;
}

/** The form; the name field empties once the person is added. */
export function addPersonForm(store: PersonStore): HTMLFormElement {
  const form = Object.assign(document.createElement("form"), { className: "add-person db-actions" });
  form.innerHTML = `<label>Name <input type="text" name="name" maxlength="100" required placeholder="e.g. Ada Lovelace"></label>
  <button type="submit" class="primary">Add person</button>
  <span class="status-line error" id="add-person-error"></span>`;
  const input = form.querySelector("input") as HTMLInputElement;
  const error = form.querySelector("#add-person-error") as HTMLElement;
  form.onsubmit = async (event) => {
    event.preventDefault();
    try {
      await store.addPerson(input.value);
      input.value = "";
      error.textContent = "";
    } catch (err) {
      error.textContent = (err as Error).message;
    }
  };
  return form;
}
