// The photos of the distance matrix: the reader's files when there are two or more, otherwise the first
// photo of each person in the LFW mini-batch. Each is decoded on its own: a file that is not a usable
// image is named in `refused`, not fatal.
import { decodePhoto, type Photo } from "../photoPicker.js";

/** The decoded photos and, for each refused file, the reason. */
export async function decodeMatrixPhotos(
  files: FileList | File[] | null,
  batch: readonly { name: string; person: string; url: string }[],
): Promise<{ photos: Photo[]; refused: string[] }> {
  const decoded =
    files && files.length >= 2
      ? await Promise.allSettled([...files].map((f) => decodePhoto(f, f.name)))
      : await Promise.allSettled(
          batch.filter((p) => p.name.endsWith("_0001.jpg")).map(async (p) => decodePhoto(await (await fetch(p.url)).blob(), p.person.replace(/_/g, " "))),
        );
  return {
    photos: decoded.flatMap((r) => (r.status === "fulfilled" ? [r.value] : [])),
    refused: decoded.flatMap((r) => (r.status === "rejected" ? [(r.reason as Error).message] : [])),
  };
}
