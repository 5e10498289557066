/**
 * The CLI's words: help texts, the version, and `UsageError` for invocations that cannot work
 * (exit code 2, one line on stderr, like every Unix tool).
 */
import { readFileSync } from "node:fs";
import { NODE_DETECT_BUDGET, pixelsForBudget } from "../image/imageLimits.js";

/** A bad invocation: unknown option, malformed value, missing argument. The message is one line. */
export class UsageError extends Error {
  override name = "UsageError";
}

/** The package version (package.json sits two folders up from both `src/cli` and `lib/cli`). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")) as { version?: string };
  return pkg.version ?? "unknown";
}

const DETECTOR_OPTIONS = `
  --min-face N          smallest face to find, in pixels (default 20, at least 12)
  --factor F            pyramid scale factor in (0.1, 1) (default 0.709)
  --thresholds a,b,c    P-Net, R-Net, O-Net face-probability thresholds (default 0.6,0.7,0.7)
  --backend NAME        wasm (default; falls back to cpu) or cpu
  --max-side N          detect on a copy whose longer side is at most N px (default: full
                        size within a 1 GiB memory budget, ${(pixelsForBudget(NODE_DETECT_BUDGET) / 1e6).toFixed(1)} MP;
                        larger photos are reduced to fit). Boxes are always in the original's pixels
  -h, --help            show this help`;

export const MAIN_HELP = `facelab — face detection (MTCNN), alignment and recognition (dlib ResNet embeddings)

Usage:
  facelab detect <image…> [options]     find faces (MTCNN, or --detector NAME), print them (or --json), draw them
  facelab align <in_dir> <out_dir>      crop one aligned face per image, facenet-style
  facelab embed <image…> [options]      detect, align and embed faces (dlib 128-D ResNet)
  facelab lfw embed|eval [options]      the LFW verification experiment (13,233 images, 10 folds)
  facelab wider stats|eval [options]    WIDER FACE statistics; score detections as its toolbox does
  facelab classifier train|classify     name people: an SVM on a folder of person sub-folders
  facelab <command> --help              options of a command
  facelab --version
`;

export const DETECT_HELP = `Usage: facelab detect <image…> [options]

Finds faces with MTCNN (or another detector, --detector). Prints a summary per image, or
with --json exactly
{"images": {"<path>": {"width", "height", "faces": [{"box", "score", "landmarks"}]}}}
(box [x1, y1, x2, y2] and landmarks [x, y]×5 in image pixels, after EXIF rotation;
"landmarks" only for the detector that predicts them: mtcnn).
Unreadable images get one line on stderr and are left out; the others are still processed.
Exit code: 0 all images read, 1 some could not be read, 2 bad options.

Options:
  --detector NAME       mtcnn (default; 5 landmarks), ssd-mobilenet-v1 (512 px input,
                        score > 0.5), tiny-face-detector (416 px, score > 0.5),
                        MediaPipe's BlazeFace: blazeface-front (128 px, score > 0.75; large,
                        near faces), blazeface-back (256 px, > 0.65), blazeface-short
                        (128 px, > 0.5) or blazeface-full (192 px, > 0.6; far faces too).
                        Only mtcnn gives landmarks;
                        --min-face, --factor and --thresholds apply to mtcnn only
  --min-score S         keep faces scoring above S, in (0, 1), instead of the detector's
                        default (for mtcnn: replaces the O-Net threshold); a low S gives
                        the low-confidence detections a precision-recall curve needs
  --json                print JSON on stdout and nothing else
  --draw OUT_DIR        write each image with its boxes and landmarks drawn to OUT_DIR
                        (same file name; .png for PNG inputs, .jpg otherwise). Inputs that
                        would share a name keep their extension (a.jpeg → a.jpeg.jpg) and,
                        if still shared, their folder (x/a.jpg, y/a.jpg → x_a.jpg, y_a.jpg)${DETECTOR_OPTIONS}
`;

export const ALIGN_HELP = `Usage: facelab align <in_dir> <out_dir> [options]

Detects faces in every image under in_dir and writes aligned crops as PNG under out_dir,
keeping the sub-folder layout (person folders, as davidsandberg/facenet align_dataset_mtcnn.py).
By default one face per image: facenet's choice, the largest face unless a smaller one is much
more central. Each image becomes <name>.png; if two images in one folder share a name before the
extension (a.jpg, a.png), both keep their extension instead (a.jpg.png, a.png.png).
Files whose output already exists are skipped, so an interrupted run can be resumed.
Exit code: 0 done (faceless images are reported, not errors), 1 some files unreadable or with a
face that could not be cropped or warped (each named on stderr), 2 bad options.

Options:
  --size N              output side in pixels (default 160)
  --margin M            margin around the box in source pixels, half per side (default 32)
  --warp                align the 5 landmarks to the ArcFace template (similarity warp)
                        instead of cropping the box with a margin (--margin is then unused)
  --all-faces           write every face as <name>_<i>.png instead of only the main one${DETECTOR_OPTIONS}
`;

export const EMBED_HELP = `Usage: facelab embed <image…> [options]

Detects faces with MTCNN, aligns each to dlib's 150×150 face chip (five landmarks fitted to dlib's
mean face) and embeds it with dlib's 128-D face-recognition ResNet. Prints a summary per image, or
with --json the detect schema with an embedding per face:
{"images": {"<path>": {"width", "height", "faces": [{"box", "score", "landmarks", "embedding"}]}}}
Two faces of one person are usually closer than 0.6 in Euclidean distance (dlib's threshold).
With two faces or more (and no --json), a distance matrix of all faces follows, as compare.py prints.
Unreadable images get one line on stderr and are left out; the others are still processed.
Exit code: 0 all images read, 1 some could not be read, 2 bad options.

Options:
  --json                print JSON on stdout and nothing else
  --largest             only the face with the largest box in each image
  --flip                average in the embedding of the mirrored face (as the LFW artifacts do)${DETECTOR_OPTIONS}
`;
