// The course's pages in reading order, with their names in both editions: the sidebar
// (observablehq.config.ts) and the glossary's course parts read them from here.

export interface CoursePage {
  /** The page's file name under docs/ and docs/zh/ ("index" is the home page). */
  path: string;
  en: string;
  zh: string;
}

export const HOME: CoursePage = { path: "index", en: "Home: how the course works", zh: "首页：课程怎么读" };

export const COURSE_PAGES: readonly CoursePage[] = [
  { path: "mtcnn", en: "1 · MTCNN: detection and alignment", zh: "1 · MTCNN：人脸检测与对齐" },
  { path: "facenet", en: "2 · FaceNet: embeddings and the triplet loss", zh: "2 · FaceNet：嵌入与三元组损失" },
  { path: "compare", en: "2½ · Compare two photos", zh: "2½ · 比较两张照片" },
  { path: "lfw", en: "3 · LFW: verification, reproduced", zh: "3 · LFW：复现人脸验证" },
  { path: "clusters", en: "3½ · Clusters: exploring the embedding space", zh: "3½ · 聚类：探索嵌入空间" },
  { path: "database", en: "4 · Your face database: enrol, train, predict", zh: "4 · 你的人脸数据库：注册、训练、预测" },
  { path: "webcam", en: "4½ · Webcam: real-time recognition", zh: "4½ · 摄像头：实时识别" },
  { path: "from-facenet", en: "From facenet's scripts to this site", zh: "从 facenet 脚本到本网站" },
  { path: "srn", en: "5 · SRN: selective refinement for small faces", zh: "5 · SRN：面向小人脸的选择性精炼" },
  { path: "models", en: "Which detector? Which embedder?", zh: "选哪个检测器？选哪个嵌入网络？" },
  { path: "performance", en: "Performance", zh: "性能" },
  { path: "glossary", en: "Glossary", zh: "术语表" },
];
