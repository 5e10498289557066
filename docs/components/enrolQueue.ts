// The database page's enrolment: photos from every source (file input, drop, webcam, demo button)
// are embedded and stored one after the other, in the order they were given, whatever order the
// clicks come in. Each photo's outcome goes to the top of the log; the busy line says what runs.
import type { EmbeddedFace } from "facelab";
import { enrolError, enrolPhoto, type EnrolStore } from "./enrolPhoto.js";
import type { Photo } from "./photoPicker.js";
import type { PhotoSource } from "./photoSource.js";
import { facedbMessage } from "./database/facedbMessage.js";
import { msg } from "./i18n.js";

export interface EnrolQueueOptions {
  /** The page's busy indicator. */
  busy: HTMLElement;
  /** The log, newest entry first. */
  log: HTMLElement;
  /** Whether to keep the full photo (asked per photo: the box may be ticked meanwhile). */
  keepPhoto: () => boolean;
}

/** A function that enrols `sources` as `personId` after everything enrolled before; resolves when they are done. */
export function enrolQueue(store: EnrolStore, embed: (photo: Photo) => Promise<EmbeddedFace[]>, { busy, log, keepPhoto }: EnrolQueueOptions) {
  let queue = Promise.resolve();
  return (personId: string, sources: PhotoSource[]): Promise<void> => {
    queue = queue.then(async () => {
      for (const [i, source] of sources.entries()) {
        busy.textContent = msg.database.embedding(i + 1, sources.length, source.name);
        let photo: Photo | undefined;
        try {
          photo = await source.photo();
          log.prepend(await enrolPhoto(store, personId, photo, await embed(photo), { keepPhoto: keepPhoto() }));
        } catch (err) {
          log.prepend(enrolError(facedbMessage(err)));
        } finally {
          photo?.bitmap.close();
        }
      }
      busy.textContent = "";
    });
    return queue;
  };
}
