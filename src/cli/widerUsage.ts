/** Help texts of `facelab wider`. */

export const WIDER_HELP = `Usage: facelab wider <stats|eval> [options]

  stats   face sizes and SRN anchor matching statistics of a WIDER FACE annotation file
  eval    score a detection JSON (facelab detect --json) against WIDER FACE annotations

See facelab wider stats --help and facelab wider eval --help.
`;

export const WIDER_STATS_HELP = `Usage: facelab wider stats [options]

Face-size and aspect-ratio histograms, and positive / ignored / negative anchor counts per image and
per pyramid level for SRN's anchors at a 1024×1024 input (step one IoU 0.7/0.3, step two 0.5/0.4),
over a WIDER FACE ground-truth file. Writes faces.json and anchors.json to the output folder.

Options:
  --annotations FILE    wider_face_train_bbx_gt.txt (default ../shared/wider/wider_face_train_bbx_gt.txt)
  --out DIR             output folder (default data/wider)
  -h, --help            show this help
`;

export const WIDER_EVAL_HELP = `Usage: facelab wider eval --detections FILE --annotations FILE [options]

Scores detections as the WIDER FACE toolbox does (evaluation.m): scores normalised to [0, 1] over the
file, each image's detections taken best first, each matched to the face it overlaps most (IoU ≥ 0.5,
pixels counted inclusively); faces marked invalid are ignored (a detection on one is neither right nor
wrong); the precision–recall curve over 1000 score thresholds and its VOC average precision (AP).
Then recall and AP per face size (√(w·h): < 16, 16–32, 32–64, ≥ 64 px) and per annotation attribute
(occlusion, pose, blur, illumination, expression), each bucket scored as a subset, other faces ignored.
Only annotated images present in the detections are scored. The official easy / medium / hard subsets
are defined for the validation set only and are not computed.

Options:
  --detections FILE     {"images": {"<path>": {"faces": [{"box", "score"}]}}} as facelab detect --json
                        prints (box [x1, y1, x2, y2] in image pixels)
  --annotations FILE    a wider_face_*_bbx_gt.txt file
  --images-root DIR     the folder the annotation paths are relative to (e.g. WIDER_train/images);
                        without it a detection path matches by its last two parts (event/file.jpg)
                        or, failing that, by its file name if one annotated image has it
  --iou X               overlap needed to find a face, in (0, 1] (default 0.5)
  --json                print the full result, with the PR curve, as JSON on stdout
  -h, --help            show this help
`;
