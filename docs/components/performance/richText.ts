// An element whose content is a sentence of the message table with a little markup (<strong>, <em>,
// <code>). The markup is the table's own; the figures placed in it are formatted numbers and the
// benchmark's backend and set names, never text from outside the site.

/** `<tag class={className}>` holding `markup`. */
export function richText<K extends keyof HTMLElementTagNameMap>(tag: K, markup: string, className?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  el.innerHTML = markup;
  return el;
}
