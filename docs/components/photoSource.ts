// Photos waiting to be enrolled, decoded only when their turn comes: from a file, from a URL (the
// demo database's LFW photos) or from a webcam snapshot.
import { decodePhoto, type Photo } from "./photoPicker.js";
import { locale, msg } from "./i18n.js";

export interface PhotoSource {
  /** What the enrol log calls it. */
  name: string;
  photo(): Promise<Photo>;
}

/** A chosen or dropped file. */
export const fileSource = (file: File): PhotoSource => ({ name: file.name, photo: () => decodePhoto(file, file.name) });

/** A photo the site serves. */
export const urlSource = (name: string, url: string): PhotoSource => ({ name, photo: async () => decodePhoto(await (await fetch(url)).blob(), name) });

/** A webcam snapshot, named after the time it was taken; it carries its own size. */
export const snapshotSource = (bitmap: ImageBitmap): PhotoSource => ({
  name: msg.database.webcamName(new Date().toLocaleTimeString(locale)),
  photo: async () => ({ name: "webcam", bitmap, original: { width: bitmap.width, height: bitmap.height } }),
});
