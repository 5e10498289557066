import type { FaceDbProblemCode } from "facelab";
import type { database as En } from "../en/database.js";

type Values = Record<string, string | number>;

export const database: typeof En = {
  // page cells
  dbSummary: (people: number, faces: number, photos: boolean) => `${people} 人 · ${faces} 张人脸${photos ? " · 含原照片" : ""}`,
  keepPhotos: "同时保存完整照片（仅保存在本浏览器中）",
  deleteAll: "删除我的全部数据",
  deleteAllQuestion: (people: number, faces: number) => `从本浏览器中删除全部 ${people} 人、${faces} 张人脸和训练好的模型？此操作无法撤销。`,
  deleteAllYes: "确定，全部删除",
  deleted: "已从本浏览器中删除全部数据。",
  costLabel: "SVM 惩罚系数 C",
  thresholdLabel: "“未知”距离阈值",
  modelLoadError: (detail: string) => `无法加载已保存的模型（${detail}），请重新训练。`,
  // confirmButton
  cancel: "取消",
  // addPersonForm
  nameLabel: "姓名",
  namePlaceholder: "例如：张三",
  addPerson: "添加人物",
  // demoDatabase
  loadDemo: "载入示例数据库",
  demoNote: "LFW 中的四个人，每人三张照片（每人的第四张照片留作预测用）。",
  groupPhoto: "合影",
  // enrolQueue, enrolPhoto, photoSource
  embedding: (i: number, n: number, name: string) => `正在嵌入第 ${i}/${n} 张照片：${name}…`,
  noFace: (name: string) => `${name}：未找到人脸，未添加任何内容。请换一张人脸更大或光线更好的照片。`,
  faceAdded: (name: string) => `${name}：已添加人脸。`,
  manyFaces: (name: string, n: number) => `${name}：有 ${n} 张人脸，已添加最大的一张；点击其他人脸可改用它。`,
  webcamName: (time: string) => `摄像头 ${time}`,
  // faceStore
  personGone: "此人已不在数据库中。",
  storageRefused: (detail: string) => `本浏览器拒绝了本地存储（${detail}）；无痕窗口可能会禁用 IndexedDB。`,
  // peopleList, personCard, cameraSnapshot
  nobody: "还没有人。请在上方添加人物，或载入示例数据库。",
  noFaceYet: "还没有人脸：请添加一张或几张照片。",
  faceCount: (n: number) => `${n} 张人脸`,
  removeFaceTitle: (source: string) => `删除这张人脸（来自 ${source}）`,
  removeFaceLabel: (source: string) => `删除来自 ${source} 的人脸`,
  photoKept: "（已保存照片）",
  addPhotos: "添加照片：",
  removePerson: "删除此人",
  removePersonQuestion: (name: string, n: number) => `删除 ${name} 及其 ${n} 张人脸？`,
  removePersonYes: "确定删除",
  webcamPhoto: "用摄像头拍照",
  takePhoto: "拍照",
  closeCamera: "关闭摄像头",
  cameraDenied: "摄像头权限被拒绝。请在浏览器地址栏中允许本网站使用摄像头，或改为上传照片。",
  cameraMissing: "未找到摄像头。请改为上传照片。",
  cameraBusy: "摄像头正被其他应用程序占用。",
  cameraFailed: (detail: string) => `摄像头无法启动（${detail}）。`,
  cameraInsecure: "本页面无法使用摄像头（摄像头需要 https 或 localhost）。请改为上传照片。",
  // transferBar
  exportButton: "导出…",
  includePhotos: " 包含完整照片",
  importFile: "导入文件：",
  exported: (name: string, kb: string) => `已导出 ${name}（${kb} kB）。`,
  imported: (name: string, people: number, faces: number, model: boolean) =>
    `已导入 ${name}：${people} 人、${faces} 张人脸${model ? "，以及一个训练好的模型" : ""}。`,
  notImported: (reason: string) => `未导入：${reason}。你的数据库没有任何改动。`,
  problem: {
    object: () => "应为对象",
    list: () => "应为列表",
    "too-many": (v: Values) => `有 ${v.count} 项，超过上限 ${v.max}`,
    text: () => "应为文本",
    "too-long": (v: Values) => `有 ${v.count} 个字符，超过上限 ${v.max}`,
    "name-empty": () => "姓名为空",
    "name-too-long": (v: Values) => `姓名有 ${v.count} 个字符，超过上限 ${v.max}`,
    "name-control": () => "姓名中含有控制字符",
    "id-chars": () => "id 只能包含字母、数字、“-”和“_”",
    "not-date": (v: Values) => `不是日期：${v.value}`,
    "embedding-length": (v: Values) => `应为 ${v.expected} 个数，实际为 ${v.count} 个`,
    "not-finite": () => "不是有限数值",
    box: () => "应为由 4 个有限数值组成的框",
    "image-url": () => "应为 base64 编码的 data:image/jpeg 或 data:image/png 地址",
    "unknown-person": (v: Values) => `没有 id 为 ${v.id} 的人`,
    "duplicate-id": (v: Values) => `id ${v.id} 出现了两次`,
    "model-too-large": (v: Values) => `超过上限 ${v.max} 个字符`,
    "file-too-large": (v: Values) => `文件大小为 ${v.mb} MB，超过上限 ${v.max} MB`,
    "not-json": (v: Values) => `不是 facelab 人脸数据库：文件不是有效的 JSON（${v.detail}）`,
    "not-object": () => "不是 facelab 人脸数据库：应为一个 JSON 对象",
    "wrong-format": (v: Values) => `不是 facelab 人脸数据库（其 "format" 字段不是 "${v.format}"）`,
    "wrong-version": (v: Values) => `不支持的版本 ${v.version}：本页面只能读取版本 ${v.expected} 的文件`,
    "not-classifier": () => '不是 facelab 分类器（其 "kind" 不是 "facelab-classifier"）',
    "face-ids": () => "应为人脸 id 列表",
    "model-invalid": (v: Values) => `模型无效（${v.detail}）`,
  } as Record<FaceDbProblemCode, (v: Values) => string>,
  // trainBar, modelSummary, modelTable
  trainButton: "训练 SVM 和质心匹配器",
  trainingSvm: (faces: number) => `正在用 ${faces} 张人脸训练 SVM…`,
  crossValidating: (folds: number) => `正在进行交叉验证（${folds} 折）…`,
  tooFewPeople: "至少要注册两个人、每人至少一张人脸，才能训练分类器。",
  trainFailed: (detail: string) => `训练失败（${detail}）。`,
  trained: (faces: number, people: number) => `已用 ${people} 人的 ${faces} 张人脸训练完毕。`,
  noModel: "还没有训练好的模型。",
  modelTrained: (when: string, faces: number, cost: number) => `训练于 ${when}，共 ${faces} 张人脸（SVM 惩罚系数 C = ${cost}）。`,
  stale: "此后数据库已有改动：请重新训练以纳入这些改动。",
  person: "人物",
  trainingAccuracy: "训练准确率",
  crossValidation: "交叉验证",
  crossValidationFolds: (folds: number) => `交叉验证（${folds} 折）`,
  removedSince: "（已删除）",
  all: "全部",
  needsTwoFaces: "需要每人至少 2 张人脸",
  // predictFaces, predictionView
  removedPerson: "（已删除的人）",
  unknown: "未知",
  faceHeader: "人脸",
  svmHeader: "SVM：最可能的人",
  nearestHeader: "最近的人（距离）",
  verdictHeader: "结论",
  noFaceLabel: "没有人脸",
  choosePhoto: "请选择一张照片。",
  trainFirst: "请先训练分类器（第 3 节）；使用示例数据库时：先载入，再训练。",
  predictSummary: (n: number, photo: string, labels: string) => `${photo} 中有 ${n} 张人脸：${labels || "没有可标注的人脸"}。`,
  listSeparator: "，",
  // lfwClassifierRuns
  runName: (min: number, train: number) => `≥ ${min} 张照片，${train} 张训练`,
  runsCaption: "facenet 的 classifier.py 在 LFW 上的实验，用本网站的流程测得（预先计算）",
  measure: "指标",
  runRows: {
    people: "人数",
    trainImages: "训练照片",
    testImages: "测试照片",
    svm: "SVM，最可能的人（classifier.py）",
    svmDecision: "SVM，一对一投票（scikit-learn 的 predict）",
    centroidNearest: "最近的平均人脸",
    centroidWithUnknown: "最近的平均人脸，超过阈值即“未知”",
    farthest: "测试人脸到其最近的平均人脸的最大距离",
  },
  runSource: (run: string, date: string, minutes: number) => `${run}：于 ${date} 预先计算（在 2 个共享 CPU 核上耗时 ${minutes} 分钟），命令为 `,
  runThen: "，然后 ",
  runSourceEnd: (cost: number, threshold: number) => `；SVM 惩罚系数 C = ${cost}，距离超过 ${threshold} 即“未知”。`,
  // try this: the LFW runs
  runsQuestion: "哪种划分下 SVM 的测试准确率更高？",
  runsAction: "先做出预测，再比较下表的两列。",
  runsChoices: ["40/35 划分", "20/10 划分", "两者相同"],
  runsExplain: (
    small: { name: string; acc: string; test: string; people: number; biggest: string; share: string },
    large: { name: string; acc: string; test: string; people: number; biggest: string; share: string },
  ) =>
    `${small.name}：在 ${small.people} 人的 ${small.test} 张测试照片上为 ${small.acc}；` +
    `${large.name}：在 ${large.people} 人的 ${large.test} 张照片上为 ${large.acc}。` +
    "40/35 划分中，每个人可供学习的照片更多，需要区分的人更少；但它的测试集更小，而且很不均衡" +
    `（单是 ${large.biggest} 就占了 ${large.share}，而 20/10 划分中占比最大的 ${small.biggest} 只占 ${small.share}），` +
    "因此每张测试照片的分量更重，两个数字衡量的也不是同一个问题。",
  // try this: the stranger and the threshold
  strangerQuestion: "Laura Bush 没有注册。SVM 会说她是谁？",
  strangerAction: "在上方选择 Laura_Bush_0001.jpg，然后看表格中“SVM：最可能的人”一列。",
  strangerChoices: ["某个已注册的人", "谁也不是"],
  needDemo: "请先载入示例数据库（第 1 节）并训练（第 3 节）。",
  needPrediction: "请先训练分类器（第 3 节），并在第 4 节选择一张有人脸的照片。",
  needStranger: (photo: string | null) =>
    `${photo ?? "这张照片"} 中是已注册的人（或本练习无法判断的人）：请在第 4 节选择 Laura_Bush_0001.jpg 或 Vladimir_Putin_0001.jpg，再核对一次。`,
  strangerExplain: (
    who: string,
    svmName: string,
    probability: string,
    people: number,
    nearest: string,
    distance: string,
    more: boolean,
    threshold: string,
    verdict: string,
  ) =>
    `${who} 并未注册，SVM 却以 ${probability} 的概率认定是 ${svmName}：` +
    `它的概率只在已注册的 ${people} 个人之间分配，总和永远是 100 %。` +
    `能识别陌生人的是距离规则：最近的平均人脸（${nearest}）相距 ${distance}，` +
    `${more ? "大于" : "不大于"} ${threshold}，所以页面给出的结论是“${verdict}”。`,
  thresholdQuestion: "把“未知”阈值提高到 dlib 的 0.60：Laura Bush 还会是“未知”吗？",
  thresholdAction: "选中 Laura_Bush_0001.jpg，把滑块拖到 0.60，观察照片上的标签。",
  thresholdChoices: ["仍是未知", "被认成某个已注册的人"],
  thresholdExplain: (who: string, distance: string, nearest: string, unknown: boolean, svmName: string, slider: string, atDlib: boolean) =>
    `${who} 的人脸与最近的平均人脸（${nearest}）相距 ${distance}。` +
    (unknown
      ? "这也超过了 0.60，所以这张人脸仍是“未知”——但任何距离小于 0.60 的陌生人都会被叫出名字。"
      : `在 0.60 下这已经够近了：页面会把这个陌生人认成 ${svmName}。`) +
    "0.6 是 dlib 为其原始描述子设定的阈值，这些描述子的长度约为 1.4；换算到本页比较的单位长度嵌入上约为 0.42，而 LFW 的十折选出的是 0.41。" +
    `滑块现在位于 ${slider}${atDlib ? "" : "：把它拖到 0.60，就能在照片上看到结果"}。`,
  // try this: one more photo
  moreQuestion: "每人再多一张训练照片。SVM 对这张人脸给出的概率会升高、降低，还是不变？",
  moreAction:
    "选择一张已注册者的照片（例如 Colin_Powell_0004.jpg）。核对时会按上面的惩罚系数 C 在你的数据库上训练两个 SVM：一个去掉每人最新的一张照片，一个用全部照片。",
  moreChoices: ["升高", "降低", "基本不变（相差 2 个百分点以内）"],
  moreMissing: "请注册至少两个人、每人至少两张照片（示例数据库每人三张），训练（有任何改动后须重新训练），并在第 4 节选择一张有人脸的照片。",
  moreExplain: (photo: string | null, fewer: number, before: string, all: number, after: string) =>
    `对 ${photo ?? "这张照片"} 中的第一张人脸：每人少用一张照片训练（每人至少 ${fewer} 张）时，SVM 给出 ${before}；` +
    `用全部照片（每人至少 ${all} 张）时为 ${after}。每张照片都会移动决策边界，而 LIBSVM 是在训练人脸的交叉验证间隔上` +
    "拟合概率的（Platt 缩放）——每人只有这么几张人脸时，多一张就会明显改变拟合结果。",
};
