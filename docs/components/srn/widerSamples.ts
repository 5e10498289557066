// The SRN page's bundled WIDER FACE training images as the photo picker's samples, named in the
// page's language. The page passes the FileAttachments (Framework needs their paths literally in the page).
import { msg } from "../i18n.js";

/** One sample per attached image: its name from the message table, its address and its file name. */
export function widerSamples(files: readonly { name: string; href: string }[]): { name: string; url: string; file: string }[] {
  return files.map((f) => {
    const file = f.name.split("/").pop() ?? f.name;
    return { name: msg.srn.samples[file] ?? file, url: f.href, file };
  });
}
