// An image downloaded only when first needed: the LFW thumbnail sprite (4.2 MB) is not needed for the
// first t-SNE frame, which draws points, so maps ask for it when they first draw faces or show one on
// hover, and draw dots with a note meanwhile.

/** A file the page attached (Framework's FileAttachment), of which only `image()` is used. */
interface ImageFile {
  image(): Promise<HTMLImageElement>;
}

export interface LazyImage {
  /** The image once downloaded and decoded, else null. */
  readonly image: HTMLImageElement | null;
  /** Starts the download (once; later calls share it) and resolves with the image. */
  load(): Promise<HTMLImageElement>;
}

export function lazyImage(file: ImageFile): LazyImage {
  let image: HTMLImageElement | null = null;
  let pending: Promise<HTMLImageElement> | null = null;
  return {
    get image() {
      return image;
    },
    load() {
      pending ??= file.image().then((loaded) => (image = loaded));
      return pending;
    },
  };
}
