// The course site. Everything is self-hosted: no `npm:` imports, no implicit libraries, no web font
// (globalStylesheets: []), an inline favicon, so the built site makes no request outside its origin.
const favicon =
  "data:image/svg+xml," +
  encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="6" fill="#4269d0"/><rect x="8" y="7" width="16" height="18" rx="3" fill="none" stroke="#fff" stroke-width="2.5"/><circle cx="13" cy="14" r="1.6" fill="#fff"/><circle cx="19" cy="14" r="1.6" fill="#fff"/></svg>`,
  );

export default {
  root: "docs",
  title: "facelab",
  theme: ["air", "near-midnight"],
  globalStylesheets: [],
  style: "style.css",
  head: `<link rel="icon" href="${favicon}">`,
  pages: [
    { name: "1 · MTCNN: detection and alignment", path: "/mtcnn" },
    { name: "2 · FaceNet: embeddings and the triplet loss", path: "/facenet" },
    { name: "2½ · Compare two photos", path: "/compare" },
    { name: "3 · LFW: verification, reproduced", path: "/lfw" },
    { name: "3½ · Clusters: exploring the embedding space", path: "/clusters" },
    { name: "4 · Your face database: enrol, train, predict", path: "/database" },
    { name: "4½ · Webcam: real-time recognition", path: "/webcam" },
    { name: "From facenet's scripts to this site", path: "/from-facenet" },
    { name: "5 · SRN: selective refinement for small faces", path: "/srn" },
    { name: "Performance", path: "/performance" },
  ],
  footer: "facelab — learn face detection and recognition by running it. Your photos stay in your browser.",
  search: false,
};
