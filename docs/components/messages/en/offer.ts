// The first-visit offer of the other edition, as the Chinese edition shows it to an English reader.
// Apart from the area tables because a page shows it in the language it is *not* in: a page loads only
// its own language's table, and both of these few strings.
export const offer = {
  other: "This page is also in English.",
  switch: "Read it in English",
  stay: "Stay in Chinese",
};
