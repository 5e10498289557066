/** Help texts of `facelab lfw`. */

export const LFW_HELP = `Usage: facelab lfw <embed|eval> [options]

  embed   detect, align and embed every image of an LFW tree (resumable)
  eval    the LFW View-2 verification protocol on stored embeddings

See facelab lfw embed --help and facelab lfw eval --help.
`;

export const LFW_EMBED_HELP = `Usage: facelab lfw embed --lfw <dir> --out <dir> [options]

Detects (MTCNN), aligns and embeds (dlib ResNet, 128-D, unless --embedder says otherwise) every
image under <dir>/<Name>/, on worker threads, and writes <out>/embeddings.f32 (float32 LE, N×dim),
embeddings.tsv (path, score, box, source) and thumbs.jpg (aligned crops as a sprite sheet, same
order). Progress goes to stderr.
Interrupt with Ctrl-C and run the same command again to resume (the log is <out>/progress.jsonl).
Images where MTCNN finds no face are embedded from a centre crop and counted (facenet's
align_dataset_mtcnn.py skips them instead, and validate_on_lfw.py the pairs that use them).

Options:
  --embedder NAME   dlib (default; ResNet, 150×150 dlib chip, 128-D), mobileface (112×112 ArcFace
                    five-point crop, 256-D) or faceres (224×224 box crop, 1024-D); a comma-separated
                    list detects each image once and writes one folder per embedder, <out>/<NAME>/
  --faces-from TSV  take each image's face (box, score) from an earlier run's embeddings.tsv instead of
                    running MTCNN again; box crops only (--align margin, or --embedder faceres)
  --workers N       worker threads (default: the number of cores)
  --flip            average in the embedding of the mirrored crop (test-time augmentation)
  --landmarks SRC   where dlib's chip takes its landmarks: mtcnn (MTCNN's five points, default),
                    dlib68 (68 points from face-api.js's landmark net on the MTCNN box, dlib's
                    68-point chip) or dlib5 (dlib's five: eye corners and nose base, from those 68)
  --jitter K        average the embeddings of K dlib-style jittered copies of each crop (dlib's
                    jitter_image: ±2 % shift, 97–100 % scale, ±3°, mirrored half the time)
  --variants LIST   several dlib chips from one pass, one folder each (<out>/<NAME>/): NAME is
                    mtcnn, dlib68 or dlib5, optionally +flip or +jitterK, e.g. dlib68,dlib68+flip
  --seed S          the jitter's seed (default 0; each image's draws also depend on its path)
  --align MODE      chip: the embedder's 5-point alignment (default); margin: facenet's box + margin crop
  --margin M        with --align margin: total margin around the box in source pixels, half per side
                    (facenet's align_dataset_mtcnn.py --margin; default 32, its LFW setting)
  --prewhiten       feed dlib's network facenet's per-image standardisation (x − mean) / std instead
                    of its own fixed one — an ablation: the network was not trained on it
  --limit N         only the first N images (in path order)
  --pairs FILE      only the images a pairs file uses (e.g. pairsDevTest.txt for a quick comparison);
                    repeat it to take the images of several files
  --thumb-size N    thumbnail side in pixels (default 32)
  --backend NAME    wasm (default) or cpu
`;

export const LFW_EVAL_HELP = `Usage: facelab lfw eval --embeddings <dir> --pairs <pairs.txt> [options]

The LFW verification protocol as facenet's validate_on_lfw runs it: 10 folds of the pairs file in
order; each fold's threshold chosen on the other nine. Prints accuracy ± std, VAL@FAR=1e-3, AUC, EER.

Options:
  --metric NAME   euclidean (squared distance of unit vectors, default) or cosine (angle / π)
  --json          print the full report (per fold, ROC points) as JSON on stdout
  --out FILE      also write the JSON report to FILE
`;
