// Sliders fire on every pixel of a drag, and each change here starts a full detection. This wraps an
// input so its value (and the `input` event cells listen to) only changes once the user pauses.

/** `input` with its `value` and events delayed until `ms` after the last change. */
export function debounced<T extends HTMLElement & { value: unknown }>(input: T, ms = 350): HTMLElement & { value: T["value"] } {
  const root = document.createElement("div") as unknown as HTMLElement & { value: T["value"] };
  root.value = input.value;
  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener("input", (e) => {
    e.stopPropagation(); // the page listens to the wrapper, not the slider
    clearTimeout(timer);
    timer = setTimeout(() => {
      root.value = input.value;
      root.dispatchEvent(new Event("input", { bubbles: true }));
    }, ms);
  });
  root.append(input);
  return root;
}
