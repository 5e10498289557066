import type { fromFacenet as En } from "../en/fromFacenet.js";

export const fromFacenet: typeof En = {
  // 变体名称
  chip: "五点对齐图块",
  marginCrop: (px: number) => `带边距裁剪 ${px} px`,
  flip: "翻转",
  prewhitened: "预白化",
  // 消融表
  colVariant: "嵌入变体",
  colMetric: "度量",
  colView2: "视图 2 准确率（十折）",
  colVal: "视图 2 VAL@FAR=10⁻³",
  colDevTest: "开发测试集，最佳阈值",
  colMade: "计算日期",
  notRun: "未运行",
  notMeasured: "未测量",
  // 消融图
  accuracyAxis: "LFW 视图 2 准确率（%），十折均值 ± 标准差",
  quoted: "引用",
  chartDescription: (summary: string) => `各变体在 LFW 视图 2 上的准确率。${summary}。`,
  quotedRelease: (name: string) => `facenet ${name}（README）`,
  quotedReport: "课程报告中的 validate_on_lfw.py",
  // 命令列表
  commandNotRecorded: "facelab lfw embed（未记录命令；见项目的 data/README.md）",
  dateNotRecorded: "未记录日期",
  // 尺度与直方图
  distanceLabel: "距离",
  scales: {
    dlib: "dlib 的尺度：描述子原样计算的距离",
    facenet: "facenet 的尺度：单位向量的平方距离",
  },
  lfwPairs: "LFW 人脸对数",
  samePerson: "同一人",
  differentPeople: "不同人",
  dlibLine: "dlib 的 0.6",
  foldLine: (t: string) => `facelab 在 LFW 各折上的阈值：${t}`,
  paperLine: "FaceNet 论文图 1：1.1",
  rawAxis: "dlib 128 维描述子的欧氏距离",
  unitAxis: "单位向量的平方欧氏距离（0 … 4）",
  rawDescription: (acc: string) =>
    `LFW 视图 2 的 6,000 个人脸对的描述子距离直方图：同一人的人脸对大多低于 dlib 的 0.6，不同人的大多高于它；以 0.6 为阈值，${acc} 的人脸对判断正确。`,
  unitDescription: (t: string, accFold: string, accPaper: string) =>
    `同样这些人脸对的单位向量平方距离直方图：facelab 的各折阈值 ${t} 判断正确 ${accFold}；FaceNet 的 1.1 几乎落在所有人脸对的右侧，只判断正确 ${accPaper}。`,
  // 练习
  costliestQuestion: "以五点对齐图块加网络自己的归一化为起点，在开发测试集这把尺子上，哪一项单独的改动代价最大？",
  costliestAction: "先预测，再看上表的“开发测试集”一列。",
  choiceDropFlip: "去掉翻转",
  choiceMarginCrop: "改用 facenet 的带边距裁剪",
  choicePrewhiten: "对输入做预白化",
  listSeparator: "，",
  costliestExplain: (costs: string) => `开发测试集准确率的损失（百分点）：${costs}。网络最在乎的，是收到和训练时一样的输入。`,
  subtractQuestion:
    "facenet 公布的命令里加了 --subtract_mean。在 dlib 的嵌入（对齐图块加翻转）上用余弦度量时，它会让 VAL（只允许千分之一的不同人人脸对被接受时，同一人人脸对被接受的比例）怎样变化？",
  subtractAction: "先预测，再比较表中“五点对齐图块 · 翻转”的两行余弦结果。",
  choiceRaise: "提高",
  choiceWithinPoint: "变化不超过 1 个百分点",
  choiceLower: "降低",
  subtractExplain: (valA: string, valB: string, accA: string, accB: string) =>
    `VAL@FAR=10⁻³：不减均值 ${valA}，减均值 ${valB}（准确率 ${accA} → ${accB}）。去掉 dlib 描述子的公共方向后，角度变得更嘈杂，严格的阈值对此最敏感。`,
  foreignQuestion: "把 FaceNet 论文的阈值（单位嵌入平方距离 1.1）用到我们的 dlib 嵌入上，6,000 个 LFW 人脸对能判对多少？",
  foreignAction: "在上面选择“facenet 的尺度”，看看 1.1 落在哪里。",
  choice99: "约 99 %，和 dlib 自己的阈值一样",
  choice90: "约 90 %",
  choice50: "约 50 %：几乎所有人都被判为同一人",
  foreignExplain: (below: string, total: string, acc: string, spread: string) =>
    `${total} 个人脸对中有 ${below} 个的距离小于 1.1，所以只有 ${acc} 判断正确。dlib 的嵌入挤在一个狭窄的锥体里：即使是不同的人，作为单位向量的距离也很少超过 ${spread}。`,
};
