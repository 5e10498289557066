/** Help texts of `facelab classifier` (mirroring facenet's classifier.py TRAIN and CLASSIFY modes). */

const COMMON = `
Options:
  --min-images N      split mode: only people with at least N photos (classifier.py
                      --min_nrof_images_per_class; default 20 when --train-images is given)
  --train-images K    split mode: K photos per person train, the rest test (classifier.py
                      --nrof_train_images_per_class; default 10 when --min-images is given).
                      Give train and classify the same folder and flags: the seeded shuffle
                      puts every photo on the same side both times.
  --seed S            shuffle seed of the split (default 666, classifier.py's)
  --workers N         worker threads (default: the number of cores)
  --flip              average in the embedding of the mirrored face
  --backend NAME      wasm (default) or cpu
  -h, --help          show this help`;

export const CLASSIFIER_HELP = `Usage: facelab classifier <train|classify> <dataset_dir> <model.json> [options]

  train      embed the photos of <dataset_dir>/<person>/ and train a linear SVM with probability
             estimates (classifier.py's SVC(kernel='linear', probability=True)) and a centroid matcher
  classify   name the faces of <dataset_dir> with a trained model; accuracy when the folder names
             are the true people

See facelab classifier train --help and facelab classifier classify --help.
`;

export const CLASSIFIER_TRAIN_HELP = `Usage: facelab classifier train <dataset_dir> <model.json> [options]

Detects the main face of every photo under <dataset_dir>/<person>/ (MTCNN, facenet's choice of
face), aligns it to dlib's chip, embeds it (dlib ResNet, 128-D) and trains on the embeddings: a
linear SVM with probability estimates (libsvm, C = 1) and a centroid matcher (unit-length mean per
person). Writes both to <model.json>. Photos with no face are left out and named on stderr.
Progress and ETA go to stderr; the summary (people, photos, training accuracy) to stdout.
Exit code: 0 model written, 1 model written but some photos unreadable, or no model (fewer than
two people with a face), 2 bad options.
${COMMON}
`;

export const CLASSIFIER_CLASSIFY_HELP = `Usage: facelab classifier classify <dataset_dir> <model.json> [options]

Names the main face of every photo under <dataset_dir> (person sub-folders, or loose photos) with
the model's SVM (name and probability) and its centroid matcher (name, or "unknown" beyond the
distance threshold). When the sub-folder names are people of the model, prints the accuracy.
With --json, prints exactly
{"model", "dataset", "threshold", "images": [{"path", "truth", "svm": {"label", "probability",
 "decision"}, "centroid": {"label", "nearest", "distance"}}], "skipped": [{"path", "reason"}],
 "accuracy": {"count", "svm", "svmDecision", "centroid", "centroidNearest"} | null}
(truth: the sub-folder name, null for loose photos; svm.label: the most probable person, as
classifier.py; svm.decision: the one-vs-one vote, as scikit-learn's predict; centroid.label null
= unknown).
Exit code: 0 done, 1 model unreadable or some photos unreadable, 2 bad options.
${COMMON}
  --threshold D       distance of the face's unit-length embedding from every centroid beyond
                      which it is unknown (default: the model's, 0.41, LFW's threshold)
  --json              print JSON on stdout and nothing else
`;
