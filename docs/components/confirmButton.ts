// A destructive action behind an in-page confirmation: the first click asks "Sure?" with the
// consequence spelled out, the second (on "Yes, …") acts. No window.confirm, so it works the same on
// every browser and in tests, and nothing is deleted by a stray click.
import { msg } from "./i18n.js";

export interface ConfirmOptions {
  /** The button's label, e.g. "Delete all my data". */
  label: string;
  /** The question shown after the first click (a function: asked at that moment). */
  question: string | (() => string);
  /** The confirming button's label, e.g. "Yes, delete everything". */
  yes: string;
  onConfirm: () => void | Promise<void>;
}

export function confirmButton({ label, question, yes, onConfirm }: ConfirmOptions): HTMLElement {
  const root = Object.assign(document.createElement("span"), { className: "confirm-button" });
  const ask = Object.assign(document.createElement("button"), { type: "button", className: "danger", textContent: label });
  const prompt = Object.assign(document.createElement("span"), { className: "confirm-prompt", hidden: true });
  const ok = Object.assign(document.createElement("button"), { type: "button", className: "danger", textContent: yes });
  const cancel = Object.assign(document.createElement("button"), { type: "button", textContent: msg.database.cancel });
  const text = document.createElement("span");
  prompt.append(text, ok, cancel);
  const toggle = (asking: boolean) => {
    if (asking) text.textContent = typeof question === "function" ? question() : question;
    ask.hidden = asking;
    prompt.hidden = !asking;
  };
  ask.addEventListener("click", () => toggle(true));
  cancel.addEventListener("click", () => toggle(false));
  ok.addEventListener("click", async () => {
    ok.disabled = true;
    try {
      await onConfirm();
    } finally {
      ok.disabled = false;
      toggle(false);
    }
  });
  root.append(ask, prompt);
  return root;
}
