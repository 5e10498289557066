// The id of a compare-page sample photo, which names it in the page's address (?a=hopkins-1&b=group&fb=2)
// so that a link to a view opens the same pair.
export interface CompareSample {
  id: string;
  name: string;
  url: string;
}

/** The id of the sample called `name`, or null for a photo of the reader's own (never put in a link). */
export function sampleId(samples: readonly CompareSample[], name: string | undefined): string | null {
  return samples.find((s) => s.name === name)?.id ?? null;
}
