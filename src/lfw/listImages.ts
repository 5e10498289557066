/** The images of an LFW tree (`<Name>/<Name>_NNNN.jpg`), as sorted root-relative paths. */
import { readdirSync, statSync } from "node:fs";
import path from "node:path";

export function listLfwImages(root: string): string[] {
  const people = readdirSync(root)
    .filter((d) => !d.startsWith(".") && statSync(path.join(root, d)).isDirectory())
    .sort();
  return people.flatMap((p) =>
    readdirSync(path.join(root, p))
      .filter((f) => /\.(jpe?g|png)$/i.test(f))
      .sort()
      .map((f) => `${p}/${f}`),
  );
}
