// The note a Performance section shows in place of its figures while its benchmark has not been run:
// what is missing and the command that measures it.

/** "Not measured yet: the roofline (`npm run bench:browser` measures it)." */
export function notYet(what: string, command: string): HTMLParagraphElement {
  const p = Object.assign(document.createElement("p"), { className: "not-measured" });
  p.append(`Not measured yet: ${what} (`, Object.assign(document.createElement("code"), { textContent: command }), " measures it).");
  return p;
}
