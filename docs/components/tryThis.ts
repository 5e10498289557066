// "Try this" exercises: the reader commits to a prediction, acts on the live figure, then checks.
// The answer is computed from the page's live state when the reader asks for it (never typed in),
// so it stays right for their photo and their settings.
//
// The cell that builds a card usually depends on live values and is re-run when they change; the
// reader's prediction and whether they asked for the answer live here, keyed by the card's id, so a
// re-render restores them (and a shown answer is recomputed for the new state).
import { msg } from "./i18n.js";

export interface Answer {
  /** The choice that is right for the current state, if the exercise has choices. */
  choice?: string;
  /** Why, with the figures read from the page (text or an element). */
  explain: string | Node;
}

export interface TryThis {
  /** Stable, unique on the page. */
  id: string;
  /** The question (plain text; `**bold**` is not parsed). */
  question: string;
  /** What to do on the live figure to find out. */
  action?: string;
  /** Possible predictions; omit for "think, then reveal". */
  choices?: readonly string[];
  /** The answer for the page's current state. */
  check: () => Answer;
}

const remembered = new Map<string, { prediction?: string; revealed: boolean }>();

/** An exercise card with a prediction, a check button and a live answer. */
export function tryThis(exercise: TryThis): HTMLElement {
  const state = remembered.get(exercise.id) ?? { revealed: false };
  remembered.set(exercise.id, state);

  const card = document.createElement("section");
  card.className = "try-this";
  card.id = `try-${exercise.id}`;
  const title = document.createElement("h3");
  title.id = `${card.id}-title`;
  title.textContent = `${msg.common.tryThis} · ${exercise.question}`;
  card.setAttribute("aria-labelledby", title.id);
  card.append(title);

  if (exercise.choices?.length) {
    const set = document.createElement("fieldset");
    const legend = document.createElement("legend");
    legend.textContent = msg.common.yourPrediction;
    set.append(legend);
    for (const choice of exercise.choices) {
      const label = document.createElement("label");
      const radio = document.createElement("input");
      radio.type = "radio";
      radio.name = card.id;
      radio.value = choice;
      radio.checked = state.prediction === choice;
      radio.addEventListener("change", () => {
        state.prediction = choice;
        if (state.revealed) show();
      });
      label.append(radio, ` ${choice}`);
      set.append(label);
    }
    card.append(set);
  }
  if (exercise.action) {
    const act = document.createElement("p");
    act.className = "try-this-action";
    act.textContent = exercise.action;
    card.append(act);
  }
  const button = document.createElement("button");
  button.type = "button";
  button.textContent = exercise.choices?.length ? msg.common.checkPrediction : msg.common.showAnswer;
  const out = document.createElement("div");
  out.className = "try-this-answer";
  out.setAttribute("aria-live", "polite");
  button.addEventListener("click", () => {
    state.revealed = true;
    show();
  });
  card.append(button, out);

  function show(): void {
    let answer: Answer;
    try {
      answer = exercise.check();
    } catch (error) {
      out.className = "try-this-answer";
      out.textContent = msg.common.notReady((error as Error).message);
      return;
    }
    out.replaceChildren();
    const verdict = document.createElement("strong");
    if (answer.choice !== undefined && state.prediction !== undefined) {
      const right = answer.choice === state.prediction;
      out.className = `try-this-answer ${right ? "right" : "wrong"}`;
      verdict.textContent = right ? msg.common.right(answer.choice) : msg.common.notQuite(answer.choice);
    } else {
      out.className = "try-this-answer";
      verdict.textContent = answer.choice !== undefined ? msg.common.answer(answer.choice) : "";
    }
    out.append(verdict, answer.explain);
  }
  if (state.revealed) show();
  return card;
}
