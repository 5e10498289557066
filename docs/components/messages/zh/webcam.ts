import type { webcam as En } from "../en/webcam.js";

export const webcam: typeof En = {
  resolution: "摄像头分辨率",
  every: "每 k 帧检测一次",
  startingCamera: "正在启动摄像头…",
  waitingFirstFrame: "等待第一帧…",
  overlayLabel: "视频上的边界框和人名",
  noVideo: "没有视频。",
  faces: (labels) => `人脸：${labels}`,
  noFace: "没有人脸",
  unknown: "未知",
  stats: (fps, width, height, detect, embed, faces, frame, every) =>
    `${width}×${height} 下 ${fps} FPS · 检测 ${detect} ms · 嵌入 ${embed} ms（${faces} 张人脸）· 平均每帧 ${frame} ms · 每 ${every} 帧检测 1 帧`,
  dbSvm: (n, threshold) => `用人脸库训练好的 SVM 识别库中的 ${n} 个人；与所有人的距离都超过 ${threshold} 时为“未知”。`,
  dbCentroids: (n, sinceChange) => `按最近的平均人脸识别人脸库中的 ${n} 个人（SVM ${sinceChange ? "自上次修改后" : ""}尚未训练：`,
  trainIt: "去训练",
  toSeeProbabilities: "，即可看到概率）。",
  dbEmpty: "人脸库是空的，所以每张人脸都是“未知”。",
  enrolSome: "录入几个人",
  toSeeNames: "后即可看到人名。",
  camera: {
    insecure: "此处浏览器不提供摄像头（摄像头只在安全页面上可用：https 或 localhost）。",
    denied: "摄像头权限被拒绝。请在浏览器地址栏中允许本站使用摄像头，然后重新加载页面。",
    notFound: "没有找到摄像头。请连接摄像头（或选择其他分辨率），然后重新加载页面。",
    busy: "摄像头被占用或无法启动：请关闭正在使用它的其他应用或标签页，然后重新加载页面。",
    other: (message) => `摄像头无法启动：${message}`,
  },
  snapshot: {
    label: "用摄像头拍照",
    take: "拍照",
    close: "关闭摄像头",
    insecure: "本页无法使用摄像头（摄像头需要 https 或 localhost）。请改为上传照片。",
    denied: "摄像头权限被拒绝。请在浏览器地址栏中允许本站使用摄像头，或改为上传照片。",
    notFound: "没有找到摄像头。请改为上传照片。",
    busy: "摄像头正被其他应用使用。",
    other: (message) => `摄像头无法启动（${message}）。`,
  },
};
