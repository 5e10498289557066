// The course's bilingual glossary: one entry per term, the reference every page and every translator follows.
// `zh` is the standard Simplified-Chinese term of Chinese ML textbooks (Dive into Deep Learning, zh.d2l.ai,
// as the anchor); `report` lists, verbatim, the different words the students' course report uses for the
// same thing, so readers recognise them (test/glossary.test.ts checks each one occurs in the report).
// Entries are sorted by the page that introduces them, in course order, then alphabetically by `en`.

/** The course's pages in reading order (the sidebar's order); a term's `page` is one of them. */
export const PAGE_ORDER = [
  "index",
  "mtcnn",
  "facenet",
  "compare",
  "lfw",
  "clusters",
  "database",
  "webcam",
  "from-facenet",
  "srn",
  "models",
  "performance",
] as const;

export type GlossaryPage = (typeof PAGE_ORDER)[number];

export interface Term {
  /** Anchor id, lower-case ascii with hyphens, stable: pages link to glossary#<id>. */
  id: string;
  /** English term as the course's English pages use it (e.g. "non-maximum suppression (NMS)"). */
  en: string;
  /** Standard Simplified-Chinese term used in textbooks/papers (e.g. "非极大值抑制"). */
  zh: string;
  /** Where the course report (report-zh.txt) uses a different word for the same thing: its words, verbatim. */
  report?: string[];
  /** One-sentence definition in each language (textbook style; the Chinese written natively). */
  def: { en: string; zh: string };
  /** Page where the term is introduced. */
  page: GlossaryPage;
}

export const TERMS: readonly Term[] = [
  // index
  {
    id: "live",
    en: "live (figure)",
    zh: "实时计算（图表）",
    def: {
      en: "A figure computed in your browser when the page runs, on the sample photos or on yours, with the real model weights.",
      zh: "页面运行时在浏览器中用真实模型权重对示例照片或你自己的照片即时算出的图表。",
    },
    page: "index",
  },
  {
    id: "precomputed",
    en: "precomputed (figure)",
    zh: "预先计算（图表）",
    def: {
      en: "A figure computed ahead of time by a script on a dataset too large to process in a page, shipped with the site together with how and when it was made.",
      zh: "因数据集太大无法在页面中处理，事先由脚本算好、随网站发布的图表，并注明计算方法与时间。",
    },
    page: "index",
  },
  {
    id: "quoted",
    en: "quoted (figure)",
    zh: "引用（图表数值）",
    def: {
      en: "A number copied from a paper, with the table or figure it comes from, not measured by the course.",
      zh: "直接摘自论文并注明出处（表号或图号）的数值，并非本课程自行测得。",
    },
    page: "index",
  },
  // mtcnn
  {
    id: "binary-classification",
    en: "binary classification (face / non-face)",
    zh: "二分类",
    report: ["两级分类", "二值分类"],
    def: {
      en: "A classification task with exactly two classes, here deciding whether a window contains a face or not.",
      zh: "只有两个类别的分类任务，在这里即判断一个窗口是不是人脸。",
    },
    page: "mtcnn",
  },
  {
    id: "bounding-box",
    en: "bounding box",
    zh: "边界框",
    def: {
      en: "The axis-aligned rectangle that encloses an object, written here as [x1, y1, x2, y2] in image pixels.",
      zh: "包围目标的轴对齐矩形，本课程统一记作图像像素坐标 [x1, y1, x2, y2]。",
    },
    page: "mtcnn",
  },
  {
    id: "bounding-box-regression",
    en: "bounding-box regression",
    zh: "边界框回归",
    def: {
      en: "Predicting offsets that move and resize a candidate box so that it fits the true object more closely.",
      zh: "预测候选框的偏移量，对其进行平移和缩放，使之更贴合真实目标。",
    },
    page: "mtcnn",
  },
  {
    id: "candidate-window",
    en: "candidate window",
    zh: "候选窗口",
    report: ["候选窗体"],
    def: {
      en: "An image region that an earlier stage judged likely to contain a face and passes on to the next stage for checking.",
      zh: "前一阶段判定可能含有人脸、交给下一阶段进一步判别的图像区域。",
    },
    page: "mtcnn",
  },
  {
    id: "cascade",
    en: "cascade",
    zh: "级联",
    def: {
      en: "A chain of classifiers in which each stage examines only what the previous one kept, so cheap stages discard most windows early.",
      zh: "由多个分类器串联而成的结构，每一级只处理上一级保留的结果，让计算量小的前几级尽早排除大部分窗口。",
    },
    page: "mtcnn",
  },
  {
    id: "convolution",
    en: "convolution",
    zh: "卷积",
    def: {
      en: "Sliding a small kernel over the input and taking, at each position, the weighted sum of the values under it.",
      zh: "让一个小卷积核在输入上滑动，在每个位置计算其覆盖区域的加权和。",
    },
    page: "mtcnn",
  },
  {
    id: "cnn",
    en: "convolutional neural network (CNN)",
    zh: "卷积神经网络",
    def: {
      en: "A neural network built mainly from convolutional layers, which share the same small filters across all positions of an image.",
      zh: "主要由卷积层构成的神经网络，同一组小卷积核在图像的所有位置上共享参数。",
    },
    page: "mtcnn",
  },
  {
    id: "cross-entropy-loss",
    en: "cross-entropy loss",
    zh: "交叉熵损失",
    def: {
      en: "The classification loss −log p of the probability the model gives to the true class; MTCNN uses it for face / non-face.",
      zh: "以模型赋予真实类别的概率 p 取 −log p 作为损失的分类损失函数，MTCNN 用它做人脸/非人脸分类。",
    },
    page: "mtcnn",
  },
  {
    id: "euclidean-loss",
    en: "Euclidean loss (L2 loss)",
    zh: "平方损失",
    report: ["欧几里德损失", "欧几里得损失"],
    def: {
      en: "The squared Euclidean distance between a predicted and a true vector; MTCNN uses it for box and landmark regression.",
      zh: "预测向量与真实向量之差的平方欧氏距离；MTCNN 用它训练边界框回归和关键点定位。",
    },
    page: "mtcnn",
  },
  {
    id: "face-alignment",
    en: "face alignment",
    zh: "人脸对齐",
    report: ["面部对准", "面部对齐"],
    def: {
      en: "Locating facial landmarks and using them to bring a face into a standard position, size and orientation before recognition.",
      zh: "定位人脸关键点，并据此把人脸变换到统一的位置、大小和朝向，为后续识别做准备。",
    },
    page: "mtcnn",
  },
  {
    id: "face-detection",
    en: "face detection",
    zh: "人脸检测",
    report: ["面部检测"],
    def: {
      en: "Finding every face in an image and giving a bounding box and a confidence score for each.",
      zh: "找出图像中的所有人脸，并为每张人脸给出边界框和置信度。",
    },
    page: "mtcnn",
  },
  {
    id: "facial-landmarks",
    en: "facial landmarks",
    zh: "人脸关键点",
    report: ["面部关键点", "面部标志", "面部目标"],
    def: {
      en: "Characteristic points of a face; MTCNN predicts five: the two eye centres, the nose tip and the two mouth corners.",
      zh: "人脸上具有特征意义的点；MTCNN 预测五个：两眼中心、鼻尖和两侧嘴角。",
    },
    page: "mtcnn",
  },
  {
    id: "feature-map",
    en: "feature map",
    zh: "特征图",
    report: ["特征映射"],
    def: {
      en: "The output of a convolutional layer: one 2-D grid of activations per channel, each value describing a region of the input.",
      zh: "卷积层的输出，每个通道是一张二维激活值网格，其中每个值对应输入中的一块区域。",
    },
    page: "mtcnn",
  },
  {
    id: "forward-pass",
    en: "forward pass (forward propagation)",
    zh: "前向传播",
    report: ["向前传播"],
    def: {
      en: "Running an input through the network layer by layer to obtain its outputs (and, in training, the loss).",
      zh: "把输入逐层送入网络计算出输出（训练时还包括损失）的过程。",
    },
    page: "mtcnn",
  },
  {
    id: "fully-connected-layer",
    en: "fully connected layer",
    zh: "全连接层",
    report: ["完全连接层"],
    def: {
      en: "A layer in which every output is a weighted sum of all inputs; R-Net and O-Net end with such layers.",
      zh: "每个输出都是全部输入的加权和的网络层；R-Net 和 O-Net 的末端就是全连接层。",
    },
    page: "mtcnn",
  },
  {
    id: "fully-convolutional-network",
    en: "fully convolutional network",
    zh: "全卷积网络",
    report: ["完全卷积网络"],
    def: {
      en: "A network with only convolutional (and pooling) layers, so it accepts an image of any size and returns a map of outputs.",
      zh: "只含卷积层（及池化层）的网络，可接受任意尺寸的输入图像并输出一张结果图。",
    },
    page: "mtcnn",
  },
  {
    id: "hard-sample",
    en: "hard sample (hard example)",
    zh: "困难样本",
    report: ["难样本"],
    def: {
      en: "A training sample the current model gets wrong or nearly wrong, and so has a large loss.",
      zh: "当前模型判断错误或接近判断错误、因而损失较大的训练样本。",
    },
    page: "mtcnn",
  },
  {
    id: "image-pyramid",
    en: "image pyramid",
    zh: "图像金字塔",
    def: {
      en: "A series of copies of an image, each scaled down by a fixed factor (0.709 in MTCNN), so a fixed-size detector finds faces of every size.",
      zh: "把图像按固定比例（MTCNN 中为 0.709）逐级缩小得到的一组图像，使固定尺寸的检测器能找到各种大小的人脸。",
    },
    page: "mtcnn",
  },
  {
    id: "iou",
    en: "intersection over union (IoU)",
    zh: "交并比",
    report: ["重叠面积", "IOU"],
    def: {
      en: "The area of the overlap of two boxes divided by the area of their union: 0 for disjoint boxes, 1 for identical ones.",
      zh: "两个框交集面积与并集面积之比，不相交时为 0，完全重合时为 1。",
    },
    page: "mtcnn",
  },
  {
    id: "kernel",
    en: "kernel (filter)",
    zh: "卷积核",
    report: ["滤波器"],
    def: {
      en: "The small array of learned weights that a convolutional layer slides over its input; each kernel produces one output channel.",
      zh: "卷积层中在输入上滑动的一小组可学习权重，每个卷积核产生一个输出通道。",
    },
    page: "mtcnn",
  },
  {
    id: "max-pooling",
    en: "max pooling",
    zh: "最大池化",
    def: {
      en: "Downsampling that keeps the largest value in each window of a feature map, so a feature's exact position matters less.",
      zh: "在特征图的每个窗口中只保留最大值的下采样，使特征的精确位置不再那么重要。",
    },
    page: "mtcnn",
  },
  {
    id: "multi-task-loss",
    en: "multi-task loss",
    zh: "多任务损失",
    def: {
      en: "A weighted sum of the losses of several tasks trained together; MTCNN adds face classification, box regression and landmark losses.",
      zh: "多个任务联合训练时各自损失的加权和；MTCNN 把人脸分类、边界框回归和关键点定位三项损失相加。",
    },
    page: "mtcnn",
  },
  {
    id: "multiply-add",
    en: "multiply-add (MAC)",
    zh: "乘加运算",
    def: {
      en: "One multiplication followed by one addition, the unit in which a network's compute cost is counted here (one MAC ≈ two FLOPs).",
      zh: "一次乘法加一次加法，本课程用它计量网络的计算量（一次乘加约等于两次浮点运算）。",
    },
    page: "mtcnn",
  },
  {
    id: "nms",
    en: "non-maximum suppression (NMS)",
    zh: "非极大值抑制",
    report: ["非最大抑制"],
    def: {
      en: "Keeping the highest-scoring box and deleting every other box whose IoU with it exceeds a threshold, repeated until no box is left.",
      zh: "保留得分最高的框，删去与它的交并比超过阈值的其余框，如此反复直到处理完所有框。",
    },
    page: "mtcnn",
  },
  {
    id: "o-net",
    en: "O-Net (output network)",
    zh: "输出网络",
    def: {
      en: "MTCNN's third and largest network: it examines 48×48 crops and outputs the final face score, box and five landmarks.",
      zh: "MTCNN 的第三级、也是最大的网络，处理 48×48 的裁剪图，输出最终的人脸得分、边界框和五个关键点。",
    },
    page: "mtcnn",
  },
  {
    id: "online-hard-sample-mining",
    en: "online hard sample mining",
    zh: "在线困难样本挖掘",
    report: ["在线难样本挖掘"],
    def: {
      en: "In each mini-batch, back-propagating only the samples with the largest losses (the top 70 % in MTCNN) instead of all of them.",
      zh: "在每个小批量中只对损失最大的一部分样本（MTCNN 中为前 70%）进行反向传播，而不是全部样本。",
    },
    page: "mtcnn",
  },
  {
    id: "p-net",
    en: "P-Net (proposal network)",
    zh: "提议网络",
    report: ["建议网络"],
    def: {
      en: "MTCNN's first, fully convolutional network: run on every pyramid level, it proposes candidate windows with box offsets.",
      zh: "MTCNN 的第一级全卷积网络，在图像金字塔的每一层上运行，给出候选窗口及其边界框偏移量。",
    },
    page: "mtcnn",
  },
  {
    id: "padding",
    en: "padding",
    zh: "填充",
    def: {
      en: "Extra values (usually zeros) added around the border of a layer's input so that the kernel can also cover the edges.",
      zh: "在层输入的边界外补充的额外数值（通常为 0），使卷积核也能覆盖边缘。",
    },
    page: "mtcnn",
  },
  {
    id: "part-face",
    en: "part face",
    zh: "部分人脸",
    report: ["部分对齐人脸"],
    def: {
      en: "A training crop that overlaps a face only partly (IoU between 0.4 and 0.65 in MTCNN), used for box regression.",
      zh: "与人脸只部分重叠的训练裁剪图（MTCNN 中交并比在 0.4 到 0.65 之间），用于训练边界框回归。",
    },
    page: "mtcnn",
  },
  {
    id: "prelu",
    en: "PReLU (parametric ReLU)",
    zh: "参数化修正线性单元",
    def: {
      en: "An activation that passes positive inputs unchanged and multiplies negative ones by a slope learned per channel.",
      zh: "一种激活函数：正输入原样输出，负输入乘以按通道学习得到的斜率。",
    },
    page: "mtcnn",
  },
  {
    id: "r-net",
    en: "R-Net (refine network)",
    zh: "精炼网络",
    def: {
      en: "MTCNN's second network: it re-scores 24×24 crops of P-Net's candidates, rejects most false ones and refines the boxes.",
      zh: "MTCNN 的第二级网络，对 P-Net 候选窗口的 24×24 裁剪图重新打分，剔除大部分误检并修正边界框。",
    },
    page: "mtcnn",
  },
  {
    id: "sliding-window",
    en: "sliding window",
    zh: "滑动窗口",
    def: {
      en: "Classifying a fixed-size window at every position of an image; a fully convolutional network does this for all positions at once.",
      zh: "在图像的每个位置上对固定大小的窗口进行分类；全卷积网络可一次完成所有位置的计算。",
    },
    page: "mtcnn",
  },
  {
    id: "softmax",
    en: "softmax",
    zh: "softmax 函数",
    def: {
      en: "The function that turns a vector of scores into probabilities: exponentiate each score and divide by the sum.",
      zh: "把一组得分变换为概率分布的函数：对每个得分取指数，再除以它们的总和。",
    },
    page: "mtcnn",
  },
  {
    id: "stride",
    en: "stride",
    zh: "步幅",
    def: {
      en: "How many pixels a kernel (or a detector window) moves between two neighbouring positions; P-Net's overall stride is 2.",
      zh: "卷积核（或检测窗口）相邻两次位置之间移动的像素数；P-Net 的总步幅为 2。",
    },
    page: "mtcnn",
  },
  {
    id: "tensor",
    en: "tensor",
    zh: "张量",
    def: {
      en: "A multi-dimensional array of numbers with a shape, such as [height, width, 3] for an image; the data type networks compute on.",
      zh: "具有确定形状的多维数组，例如图像为 [高, 宽, 3]，是神经网络进行计算的数据形式。",
    },
    page: "mtcnn",
  },
  {
    id: "threshold",
    en: "threshold",
    zh: "阈值",
    def: {
      en: "The cut-off value that turns a score or a distance into a yes/no decision, such as a face score or an NMS IoU.",
      zh: "把得分或距离转化为是/否判定的分界值，例如人脸得分阈值或非极大值抑制的交并比阈值。",
    },
    page: "mtcnn",
  },
  {
    id: "weights",
    en: "weights (parameters)",
    zh: "权重",
    def: {
      en: "The numbers a network learned in training; the course runs published, pretrained weights in your browser.",
      zh: "网络在训练中学到的参数数值；本课程在浏览器中运行的是公开发布的预训练权重。",
    },
    page: "mtcnn",
  },
  // facenet
  {
    id: "active-triplet",
    en: "active triplet",
    zh: "活跃三元组",
    def: {
      en: "A triplet whose loss is above zero, so it still contributes a gradient; triplets already satisfying the margin teach nothing.",
      zh: "损失大于零、仍能产生梯度的三元组；已经满足间隔的三元组对训练不再有贡献。",
    },
    page: "facenet",
  },
  {
    id: "triplet-anchor",
    en: "anchor (of a triplet)",
    zh: "锚点样本",
    report: ["anchor"],
    def: {
      en: "The reference face of a triplet, to which the positive and the negative are compared.",
      zh: "三元组中的参照人脸，正样本和负样本都与它比较距离。",
    },
    page: "facenet",
  },
  {
    id: "bottleneck-layer",
    en: "bottleneck layer",
    zh: "瓶颈层",
    def: {
      en: "The narrow layer whose output is used as the representation, e.g. the last hidden layer of a classifier network used as a face descriptor.",
      zh: "输出被用作表示的窄层，例如把分类网络的最后一个隐藏层当作人脸描述子。",
    },
    page: "facenet",
  },
  {
    id: "collapsed-model",
    en: "collapsed model",
    zh: "模型坍塌",
    def: {
      en: "A training failure in which the network maps every face to (nearly) the same point, so all distances are zero; FaceNet warns that the hardest negatives early in training can cause it.",
      zh: "训练失败的一种情形：网络把所有人脸映射到（几乎）同一个点，所有距离都为零；FaceNet 指出训练初期就选最难的负样本可能导致这种情况。",
    },
    page: "facenet",
  },
  {
    id: "embedding",
    en: "embedding",
    zh: "嵌入",
    report: ["编码", "特征表示"],
    def: {
      en: "A vector (128 numbers for FaceNet and for dlib's model) that a network computes for a face, such that faces of the same person lie close together.",
      zh: "网络为一张人脸计算出的向量（FaceNet 和 dlib 的模型均为 128 维），同一个人的人脸彼此距离很近。",
    },
    page: "facenet",
  },
  {
    id: "embedding-dimension",
    en: "embedding dimension",
    zh: "嵌入维度",
    report: ["128 位"],
    def: {
      en: "The number of components of an embedding vector: 128 for FaceNet (numbers, not bits).",
      zh: "嵌入向量的分量个数，FaceNet 中为 128 维（指 128 个数，而不是 128 个比特）。",
    },
    page: "facenet",
  },
  {
    id: "end-to-end-learning",
    en: "end-to-end learning",
    zh: "端到端学习",
    report: ["端对端学习"],
    def: {
      en: "Training one network directly from raw input to the final output, with the loss on the quantity actually used.",
      zh: "直接从原始输入到最终输出训练一个网络，并把损失定义在真正要用的量上。",
    },
    page: "facenet",
  },
  {
    id: "epoch",
    en: "epoch",
    zh: "迭代周期",
    def: {
      en: "One pass of training over the whole training set (FaceNet's scripts define an epoch as a fixed number of batches instead).",
      zh: "在整个训练集上完整训练一遍（facenet 的脚本则把一个周期定义为固定数量的批次）。",
    },
    page: "facenet",
  },
  {
    id: "euclidean-distance",
    en: "Euclidean distance",
    zh: "欧氏距离",
    def: {
      en: "The straight-line distance ‖a − b‖ between two vectors; FaceNet compares faces by its square.",
      zh: "两个向量之间的直线距离 ‖a − b‖；FaceNet 用它的平方来比较人脸。",
    },
    page: "facenet",
  },
  {
    id: "euclidean-space",
    en: "Euclidean space",
    zh: "欧氏空间",
    report: ["欧式空间"],
    def: {
      en: "The ordinary vector space ℝᵈ with straight-line distance, into which FaceNet maps faces.",
      zh: "配有直线距离的普通向量空间 ℝᵈ，FaceNet 把人脸映射到这个空间中。",
    },
    page: "facenet",
  },
  {
    id: "flops",
    en: "FLOPs (floating-point operations)",
    zh: "浮点运算次数",
    report: ["FLOPS"],
    def: {
      en: "The number of multiplications and additions one forward pass needs; not FLOPS, which counts operations per second.",
      zh: "一次前向传播所需的乘法和加法次数；不同于表示每秒运算次数的 FLOPS。",
    },
    page: "facenet",
  },
  {
    id: "hard-negative",
    en: "hard negative",
    zh: "困难负样本",
    report: ["hard neg"],
    def: {
      en: "A negative that lies closer to the anchor than the positive does, so the triplet is violated.",
      zh: "与锚点样本的距离比正样本还近、使三元组约束不成立的负样本。",
    },
    page: "facenet",
  },
  {
    id: "hard-positive",
    en: "hard positive",
    zh: "困难正样本",
    report: ["hard pos"],
    def: {
      en: "A positive that lies far from its anchor: the same person, but looking very different.",
      zh: "与锚点样本距离很远的正样本，即同一个人但外观差异很大的照片。",
    },
    page: "facenet",
  },
  {
    id: "hold-out-set",
    en: "hold-out set",
    zh: "留出集",
    def: {
      en: "Data kept out of training and model selection and used once to report the final figure (FaceNet's hold-out set, §4.1).",
      zh: "不参与训练和模型选择、只在最后用来报告结果的数据（FaceNet 的留出集，见论文 4.1 节）。",
    },
    page: "facenet",
  },
  {
    id: "inception-resnet-v1",
    en: "Inception-ResNet-v1",
    zh: "Inception-ResNet-v1 网络",
    def: {
      en: "The network architecture of facenet's released models: Inception blocks of parallel convolutions with residual connections.",
      zh: "facenet 所发布模型的网络结构，由带残差连接、含多路并行卷积的 Inception 模块组成。",
    },
    page: "facenet",
  },
  {
    id: "l2-normalisation",
    en: "L2 normalisation",
    zh: "L2 归一化",
    report: ["L2 的归一化"],
    def: {
      en: "Dividing a vector by its length so that it has length 1; FaceNet does this to every embedding.",
      zh: "把向量除以其长度使长度变为 1；FaceNet 对每个嵌入都做这一步。",
    },
    page: "facenet",
  },
  {
    id: "margin",
    en: "margin α",
    zh: "间隔 α",
    report: ["alpha"],
    def: {
      en: "The gap the triplet loss demands between the anchor–negative and the anchor–positive squared distances (0.2 in FaceNet).",
      zh: "三元组损失要求锚点—负样本与锚点—正样本两个平方距离之间至少相差的量（FaceNet 中为 0.2）。",
    },
    page: "facenet",
  },
  {
    id: "mini-batch",
    en: "mini-batch",
    zh: "小批量",
    report: ["小样本批次", "mini-batch"],
    def: {
      en: "The small set of samples processed together in one training step; the gradient is averaged over it.",
      zh: "一个训练步骤中一起处理的一小组样本，梯度在这组样本上取平均。",
    },
    page: "facenet",
  },
  {
    id: "triplet-negative",
    en: "negative (of a triplet)",
    zh: "负样本",
    report: ["neg", "反例"],
    def: {
      en: "The face of a different person from the anchor in a triplet.",
      zh: "三元组中与锚点样本属于不同人的人脸。",
    },
    page: "facenet",
  },
  {
    id: "online-triplet-selection",
    en: "online triplet selection",
    zh: "在线三元组选择",
    def: {
      en: "Choosing the triplets for a training step from the embeddings of the current mini-batch, as FaceNet does, rather than offline from a checkpoint every few thousand steps.",
      zh: "像 FaceNet 那样，根据当前小批量的嵌入为每个训练步选择三元组，而不是每隔几千步用检查点离线选择。",
    },
    page: "facenet",
  },
  {
    id: "triplet-positive",
    en: "positive (of a triplet)",
    zh: "正样本",
    report: ["pos", "正例"],
    def: {
      en: "Another face of the same person as the anchor in a triplet.",
      zh: "三元组中与锚点样本属于同一个人的另一张人脸。",
    },
    page: "facenet",
  },
  {
    id: "semi-hard-negative",
    en: "semi-hard negative",
    zh: "半难负样本",
    report: ["semi-hard"],
    def: {
      en: "A negative farther from the anchor than the positive but still within the margin α, so it gives a useful, stable loss.",
      zh: "与锚点样本的距离比正样本远、但仍落在间隔 α 之内的负样本，能提供有效且稳定的损失。",
    },
    page: "facenet",
  },
  {
    id: "triplet",
    en: "triplet",
    zh: "三元组",
    report: ["元组", "三元对"],
    def: {
      en: "Three faces used together in training: an anchor, a positive of the same person and a negative of another person.",
      zh: "训练时一起使用的三张人脸：锚点样本、同一人的正样本和另一人的负样本。",
    },
    page: "facenet",
  },
  {
    id: "triplet-loss",
    en: "triplet loss",
    zh: "三元组损失",
    report: ["三重损失"],
    def: {
      en: "The loss max(0, ‖a − p‖² − ‖a − n‖² + α), which pulls the positive towards the anchor and pushes the negative away.",
      zh: "损失函数 max(0, ‖a − p‖² − ‖a − n‖² + α)，它把正样本拉近锚点样本，把负样本推远。",
    },
    page: "facenet",
  },
  {
    id: "unit-hypersphere",
    en: "unit hypersphere",
    zh: "单位超球面",
    def: {
      en: "The set of all vectors of length 1; after L2 normalisation every embedding lies on it.",
      zh: "所有长度为 1 的向量构成的集合；经过 L2 归一化后，每个嵌入都落在它上面。",
    },
    page: "facenet",
  },
  // compare
  {
    id: "cosine-similarity",
    en: "cosine similarity",
    zh: "余弦相似度",
    def: {
      en: "The cosine of the angle between two vectors; for unit vectors it equals 1 − d²/2, where d is their Euclidean distance.",
      zh: "两个向量夹角的余弦；对单位向量而言，它等于 1 − d²/2，其中 d 为二者的欧氏距离。",
    },
    page: "compare",
  },
  {
    id: "face-verification",
    en: "face verification",
    zh: "人脸验证",
    report: ["面部验证"],
    def: {
      en: "Deciding whether two face images show the same person, by comparing the distance of their embeddings with a threshold.",
      zh: "判断两张人脸图像是否属于同一个人，做法是把二者嵌入之间的距离与阈值比较。",
    },
    page: "compare",
  },
  // lfw
  {
    id: "ten-fold-cross-validation",
    en: "10-fold cross-validation",
    zh: "十折交叉验证",
    def: {
      en: "Splitting the data into ten parts and, ten times, choosing the threshold on nine and measuring on the tenth; the mean and spread are reported.",
      zh: "把数据分成十份，轮流用其中九份选定阈值、在剩下一份上测试，共进行十次，报告其均值与标准差。",
    },
    page: "lfw",
  },
  {
    id: "accuracy",
    en: "accuracy",
    zh: "准确率",
    report: ["准确度"],
    def: {
      en: "The fraction of decisions that are right; on LFW, of all pairs, those correctly called same or different.",
      zh: "判定正确的比例；在 LFW 上指所有人脸对中被正确判为同一人或不同人的比例。",
    },
    page: "lfw",
  },
  {
    id: "auc",
    en: "area under the curve (AUC)",
    zh: "曲线下面积",
    def: {
      en: "The area under the ROC curve: the probability that a random same-person pair is closer than a random different-person pair.",
      zh: "ROC 曲线下方的面积，等于随机取一对同一人的人脸比随机取一对不同人的人脸距离更近的概率。",
    },
    page: "lfw",
  },
  {
    id: "data-augmentation",
    en: "data augmentation",
    zh: "数据增强",
    def: {
      en: "Creating modified copies of images (flipped, cropped, recoloured) to train or evaluate on more varied data.",
      zh: "对图像做翻转、裁剪、调色等变换生成新的样本，用更多样的数据进行训练或评估。",
    },
    page: "lfw",
  },
  {
    id: "eer",
    en: "equal error rate (EER)",
    zh: "等错误率",
    def: {
      en: "The error rate at the threshold where the false accept rate equals the false reject rate.",
      zh: "错误接受率与错误拒绝率相等时所对应阈值下的错误率。",
    },
    page: "lfw",
  },
  {
    id: "far",
    en: "false accept rate (FAR)",
    zh: "错误接受率",
    def: {
      en: "The fraction of different-person pairs wrongly accepted as the same person at a given threshold.",
      zh: "在给定阈值下，不同人的人脸对被错误判为同一人的比例。",
    },
    page: "lfw",
  },
  {
    id: "flip",
    en: "horizontal flip",
    zh: "水平翻转",
    def: {
      en: "Mirroring an image left to right; facenet can embed each face and its mirror image and combine the two embeddings.",
      zh: "把图像左右镜像；facenet 可以对人脸及其镜像分别计算嵌入，再把两者合并。",
    },
    page: "lfw",
  },
  {
    id: "jitter",
    en: "jitter",
    zh: "抖动",
    def: {
      en: "Embedding several randomly shifted, scaled, rotated or mirrored copies of a face crop and averaging them (dlib's jitter_image), so the embedding depends less on the exact crop; each copy costs a forward pass.",
      zh: "把人脸裁剪图随机平移、缩放、旋转或镜像，得到若干副本，分别计算嵌入后取平均（dlib 的 jitter_image），使嵌入对裁剪的细微差别不那么敏感；每个副本都要多算一次前向传播。",
    },
    page: "lfw",
  },
  {
    id: "lfw",
    en: "LFW (Labeled Faces in the Wild)",
    zh: "LFW 人脸数据集",
    def: {
      en: "A dataset of 13,233 face photos of 5,749 people collected from the web, the standard benchmark for face verification.",
      zh: "从网络上收集的 5749 人、共 13233 张人脸照片的数据集，是人脸验证的标准评测基准。",
    },
    page: "lfw",
  },
  {
    id: "margin-crop",
    en: "margin crop",
    zh: "带边距裁剪",
    def: {
      en: "Cropping a detected face with extra pixels around its box (facenet's --margin) before resizing it to 160×160.",
      zh: "裁剪检测到的人脸时在边界框四周多留出若干像素（facenet 的 --margin 参数），再缩放到 160×160。",
    },
    page: "lfw",
  },
  {
    id: "pair",
    en: "pair (same / different person)",
    zh: "人脸对",
    report: ["二元对"],
    def: {
      en: "Two face images to verify; LFW's protocol lists matched pairs (same person) and mismatched pairs (different people).",
      zh: "待验证的两张人脸图像；LFW 评测协议中分为匹配对（同一人）和不匹配对（不同人）。",
    },
    page: "lfw",
  },
  {
    id: "pretrained-model",
    en: "pretrained model",
    zh: "预训练模型",
    def: {
      en: "A model trained by others on a large dataset and used as it is, such as facenet's released models (trained on VGGFace2 or CASIA-WebFace) or dlib's face-recognition ResNet.",
      zh: "他人在大规模数据集上训练好、可直接使用的模型，例如 facenet 发布的模型（在 VGGFace2 或 CASIA-WebFace 上训练）和 dlib 的人脸识别 ResNet。",
    },
    page: "lfw",
  },
  {
    id: "prewhitening",
    en: "prewhitening",
    zh: "预白化",
    def: {
      en: "facenet's standardisation of each image: subtracting its own mean and dividing by its own standard deviation before the network sees it.",
      zh: "facenet 对每张图像所做的标准化：送入网络前减去该图像自身的均值，再除以其自身的标准差。",
    },
    page: "lfw",
  },
  {
    id: "roc-curve",
    en: "ROC curve",
    zh: "ROC 曲线",
    def: {
      en: "The curve of true accept rate against false accept rate as the threshold sweeps over all values.",
      zh: "阈值取遍所有值时，正确接受率随错误接受率变化的曲线（受试者工作特征曲线）。",
    },
    page: "lfw",
  },
  {
    id: "similarity-transform",
    en: "similarity transform",
    zh: "相似变换",
    def: {
      en: "A transform made of rotation, uniform scaling and translation, which keeps shapes and is used to align faces by their landmarks.",
      zh: "由旋转、等比缩放和平移组成、保持形状不变的变换，常用于依据关键点对齐人脸。",
    },
    page: "lfw",
  },
  {
    id: "val",
    en: "validation rate (VAL)",
    zh: "验证率",
    def: {
      en: "The fraction of same-person pairs correctly accepted at a threshold; FaceNet reports VAL at FAR = 10⁻³.",
      zh: "在给定阈值下同一人的人脸对被正确接受的比例；FaceNet 报告错误接受率为 10⁻³ 时的验证率。",
    },
    page: "lfw",
  },
  {
    id: "view-1",
    en: "View 1",
    zh: "视图 1（开发集）",
    def: {
      en: "LFW's development split (2,200 training and 1,000 test pairs) for choosing settings before the final evaluation.",
      zh: "LFW 的开发划分（2200 对训练、1000 对测试），用于在最终评测前调整设置。",
    },
    page: "lfw",
  },
  {
    id: "view-2",
    en: "View 2",
    zh: "视图 2（评测集）",
    def: {
      en: "LFW's evaluation split: 6,000 pairs in ten folds, on which results are reported with 10-fold cross-validation.",
      zh: "LFW 的评测划分：分成十折的 6000 对人脸，结果按十折交叉验证报告。",
    },
    page: "lfw",
  },
  // clusters
  {
    id: "ari",
    en: "adjusted Rand index (ARI)",
    zh: "调整兰德指数",
    def: {
      en: "Agreement between a clustering and the true identities over all pairs of faces, corrected for chance: 1 for identical partitions, about 0 for random ones.",
      zh: "在所有人脸对上衡量聚类结果与真实身份的一致程度，并扣除随机一致的部分：完全一致时为 1，随机划分时约为 0。",
    },
    page: "clusters",
  },
  {
    id: "clustering",
    en: "clustering",
    zh: "聚类",
    def: {
      en: "Grouping items without labels so that similar ones fall in the same group, here faces of the same person.",
      zh: "在没有标签的情况下把相似的样本归为一组，这里即把同一个人的人脸归到一起。",
    },
    page: "clusters",
  },
  {
    id: "dimensionality-reduction",
    en: "dimensionality reduction",
    zh: "降维",
    def: {
      en: "Mapping high-dimensional vectors (128-D embeddings) to few dimensions, such as two for a plot, while keeping their structure.",
      zh: "把高维向量（如 128 维嵌入）映射到很少的维度（如用于作图的二维），同时尽量保持其结构。",
    },
    page: "clusters",
  },
  {
    id: "early-exaggeration",
    en: "early exaggeration",
    zh: "早期放大",
    def: {
      en: "t-SNE's first iterations multiply the attractions between neighbours, so clusters form before the layout settles.",
      zh: "t-SNE 在最初的若干次迭代中放大近邻之间的吸引力，让簇先成形，再让布局稳定下来。",
    },
    page: "clusters",
  },
  {
    id: "kl-divergence",
    en: "KL divergence",
    zh: "KL 散度",
    def: {
      en: "A measure of how one probability distribution differs from another; t-SNE minimises it between the neighbour distributions in high and low dimensions.",
      zh: "衡量一个概率分布与另一个分布差异的量；t-SNE 最小化高维与低维近邻分布之间的 KL 散度。",
    },
    page: "clusters",
  },
  {
    id: "learning-rate",
    en: "learning rate",
    zh: "学习率",
    def: {
      en: "The size of each optimisation step along the gradient; too large diverges, too small crawls.",
      zh: "每次沿梯度方向更新参数的步长；过大会发散，过小则收敛缓慢。",
    },
    page: "clusters",
  },
  {
    id: "nearest-neighbour",
    en: "nearest neighbour",
    zh: "最近邻",
    def: {
      en: "The item whose embedding is closest to a given one; classifying by it assigns the neighbour's label.",
      zh: "嵌入与给定样本距离最近的样本；按最近邻分类即取该样本的标签。",
    },
    page: "clusters",
  },
  {
    id: "noise-point",
    en: "noise point (DBSCAN)",
    zh: "噪声点",
    def: {
      en: "A point that DBSCAN assigns to no cluster because too few points lie within its radius.",
      zh: "半径内的点太少、被 DBSCAN 不归入任何簇的点。",
    },
    page: "clusters",
  },
  {
    id: "perplexity",
    en: "perplexity",
    zh: "困惑度",
    def: {
      en: "t-SNE's setting for the effective number of neighbours each point attends to, typically between 5 and 50.",
      zh: "t-SNE 的一个参数，表示每个点实际关注的近邻数量，通常取 5 到 50。",
    },
    page: "clusters",
  },
  {
    id: "purity",
    en: "purity",
    zh: "纯度",
    def: {
      en: "The share of faces that belong to the most common person of their cluster; 1 when every cluster holds one person only.",
      zh: "属于所在簇中人数最多那个人的人脸所占比例；每个簇只含一个人时为 1。",
    },
    page: "clusters",
  },
  {
    id: "t-sne",
    en: "t-SNE",
    zh: "t 分布随机邻域嵌入",
    def: {
      en: "A method that places high-dimensional points in 2-D so that near neighbours stay near; distances between far clusters mean little.",
      zh: "把高维数据点排布到二维平面、使近邻仍保持相近的方法；相距较远的簇之间的距离没有太大意义。",
    },
    page: "clusters",
  },
  // database
  {
    id: "centroid-matcher",
    en: "centroid matcher",
    zh: "质心匹配器",
    def: {
      en: "A classifier that assigns a face to the person whose mean (centroid) embedding is nearest, and to nobody when even the nearest is beyond a threshold.",
      zh: "把人脸判给平均嵌入（质心）最近的那个人的分类器；若最近的质心也超过阈值，则判为未知。",
    },
    page: "database",
  },
  {
    id: "classifier",
    en: "classifier",
    zh: "分类器",
    def: {
      en: "A model that assigns an input to one of a fixed set of classes, here an embedding to one enrolled person.",
      zh: "把输入归入若干固定类别之一的模型，这里即把一个嵌入判为某位已注册的人。",
    },
    page: "database",
  },
  {
    id: "svm-cost",
    en: "cost C (SVM)",
    zh: "惩罚系数 C",
    def: {
      en: "The SVM's penalty for training points on the wrong side of the margin: large C fits the training set tightly, small C allows a wider, softer margin.",
      zh: "SVM 对落在间隔错误一侧的训练样本的惩罚：C 大时紧贴训练集，C 小时允许更宽、更软的间隔。",
    },
    page: "database",
  },
  {
    id: "enrolment",
    en: "enrolment",
    zh: "注册（人脸录入）",
    def: {
      en: "Adding a person to a face database by storing embeddings of a few of their photos under their name.",
      zh: "把某人的几张照片的嵌入以其姓名存入人脸库，从而将其加入数据库。",
    },
    page: "database",
  },
  {
    id: "face-recognition",
    en: "face recognition (identification)",
    zh: "人脸识别",
    def: {
      en: "Telling who a face belongs to among the people in a database, in contrast to verification, which compares two faces.",
      zh: "在数据库中的若干人里判断一张人脸属于谁；与之相对，人脸验证只比较两张人脸。",
    },
    page: "database",
  },
  {
    id: "one-vs-one",
    en: "one-vs-one",
    zh: "一对一",
    def: {
      en: "How libsvm handles many classes: one two-class SVM per pair of people, and the class with most votes wins.",
      zh: "libsvm 处理多分类的方式：为每一对人训练一个二分类 SVM，得票最多的类别胜出。",
    },
    page: "database",
  },
  {
    id: "platt-scaling",
    en: "Platt scaling",
    zh: "Platt 缩放",
    def: {
      en: "Turning an SVM's decision values into probabilities by fitting a sigmoid on held-out (cross-validated) decisions, as libsvm does.",
      zh: "在留出（交叉验证）的决策值上拟合一个 sigmoid 函数，把 SVM 的决策值变成概率，libsvm 就是这样做的。",
    },
    page: "database",
  },
  {
    id: "svm",
    en: "support vector machine (SVM)",
    zh: "支持向量机",
    def: {
      en: "A classifier that separates classes by the boundary with the widest margin; facenet's classifier.py trains a linear SVM on embeddings.",
      zh: "以间隔最大的分界面划分类别的分类器；facenet 的 classifier.py 在嵌入上训练线性支持向量机。",
    },
    page: "database",
  },
  {
    id: "training-set",
    en: "training set / test set",
    zh: "训练集 / 测试集",
    def: {
      en: "The data a model learns from, and separate data kept aside to measure how well it works on unseen examples.",
      zh: "模型从中学习的数据，以及另外留出、用于衡量模型在未见样本上效果的数据。",
    },
    page: "database",
  },
  // webcam
  {
    id: "frame-rate",
    en: "frame rate (frames per second)",
    zh: "帧率",
    def: {
      en: "How many video frames are processed each second; real-time recognition needs enough of them for the boxes to follow faces.",
      zh: "每秒处理的视频帧数；实时识别需要足够高的帧率，才能让边界框跟上人脸。",
    },
    page: "webcam",
  },
  {
    id: "tracking",
    en: "tracking",
    zh: "跟踪",
    def: {
      en: "Linking the detections of consecutive frames to the same face, so a name stays on it instead of being recomputed every frame.",
      zh: "把相邻帧中的检测结果关联到同一张人脸上，使姓名标签随之保持，而不必每帧重新识别。",
    },
    page: "webcam",
  },
  // from-facenet
  {
    id: "inference",
    en: "inference",
    zh: "推理",
    def: {
      en: "Running a trained network on new inputs to get predictions, without changing its weights.",
      zh: "用训练好的网络对新的输入进行计算得到预测结果，此时不更新权重。",
    },
    page: "from-facenet",
  },
  // srn
  {
    id: "anchor-box",
    en: "anchor box",
    zh: "锚框",
    report: ["锚点", "负锚定"],
    def: {
      en: "A preset box of fixed size and aspect ratio placed at every position of a feature map, which the detector classifies and regresses.",
      zh: "在特征图每个位置上预先设置的固定尺寸、固定宽高比的框，检测器对其进行分类和回归。",
    },
    page: "srn",
  },
  {
    id: "anchor-based-detector",
    en: "anchor-based detector",
    zh: "基于锚框的检测器",
    report: ["基于锚的"],
    def: {
      en: "A detector that predicts, for each anchor box, whether it holds an object and how to adjust it.",
      zh: "对每个锚框预测其是否包含目标以及如何调整位置和大小的检测器。",
    },
    page: "srn",
  },
  {
    id: "aspect-ratio",
    en: "aspect ratio",
    zh: "宽高比",
    report: ["纵横比", "长宽比"],
    def: {
      en: "A box's width divided by its height (or the reverse, as a paper defines it); SRN uses one ratio, 1.25, for its anchors.",
      zh: "框的宽度与高度之比（或按论文约定反过来）；SRN 的锚框只用 1.25 这一种比例。",
    },
    page: "srn",
  },
  {
    id: "average-precision",
    en: "average precision (AP)",
    zh: "平均精度",
    def: {
      en: "The area under the precision–recall curve of a detector, the standard score on WIDER FACE.",
      zh: "检测器精确率—召回率曲线下的面积，是 WIDER FACE 上的标准评测指标。",
    },
    page: "srn",
  },
  {
    id: "backbone",
    en: "backbone",
    zh: "主干网络",
    report: ["骨干网络"],
    def: {
      en: "The network (ResNet-50 in SRN) that computes general-purpose feature maps on which the detection heads are built.",
      zh: "计算通用特征图、供检测头在其上进行预测的网络（SRN 中为 ResNet-50）。",
    },
    page: "srn",
  },
  {
    id: "class-imbalance",
    en: "class imbalance",
    zh: "类别不平衡",
    report: ["类不平衡"],
    def: {
      en: "A training set in which one class vastly outnumbers another, as background anchors outnumber face anchors by thousands to one.",
      zh: "训练数据中某一类远多于另一类的情况，例如背景锚框的数量是人脸锚框的成千上万倍。",
    },
    page: "srn",
  },
  {
    id: "downsampling",
    en: "downsampling",
    zh: "下采样",
    def: {
      en: "Reducing the spatial size of a feature map, for example with a stride-2 convolution, so each value covers a larger region.",
      zh: "缩小特征图的空间尺寸（例如用步幅为 2 的卷积），使每个值对应更大的区域。",
    },
    page: "srn",
  },
  {
    id: "wider-face-subsets",
    en: "easy / medium / hard subsets",
    zh: "简单 / 中等 / 困难子集",
    def: {
      en: "WIDER FACE's three difficulty levels of its validation and test sets, set by how well a baseline detector found each face; each subset includes the easier ones.",
      zh: "WIDER FACE 验证集和测试集的三个难度等级，按基线检测器检出各人脸的难易划分，较难的子集包含较易子集中的全部人脸。",
    },
    page: "srn",
  },
  {
    id: "false-positive",
    en: "false positive",
    zh: "误检",
    report: ["误报", "False positive"],
    def: {
      en: "A detection where there is no face (a background region accepted as a face).",
      zh: "在没有人脸的地方给出的检测结果，即把背景区域判为人脸（又称假正例）。",
    },
    page: "srn",
  },
  {
    id: "fpn",
    en: "feature pyramid network (FPN)",
    zh: "特征金字塔网络",
    report: ["特征金字塔结构"],
    def: {
      en: "A top-down path with lateral connections that gives every pyramid level of the backbone both fine detail and strong semantics.",
      zh: "通过自顶向下通路和横向连接，使主干网络每个金字塔层级既有精细细节又有较强语义的结构。",
    },
    page: "srn",
  },
  {
    id: "focal-loss",
    en: "focal loss",
    zh: "焦点损失",
    def: {
      en: "A cross-entropy loss scaled down for easy, well-classified samples so that training concentrates on hard ones.",
      zh: "对容易分对的样本降低权重的交叉熵损失，使训练集中在困难样本上。",
    },
    page: "srn",
  },
  {
    id: "lateral-connection",
    en: "lateral connection",
    zh: "横向连接",
    def: {
      en: "In a feature pyramid, the 1×1 convolution that adds a backbone level to the upsampled coarser level.",
      zh: "特征金字塔中把主干网络某一层级（经 1×1 卷积）与上采样后的较粗层级相加的连接。",
    },
    page: "srn",
  },
  {
    id: "precision",
    en: "precision",
    zh: "精确率",
    def: {
      en: "Of all detections kept, the fraction that are real faces.",
      zh: "保留下来的检测结果中真正是人脸的比例。",
    },
    page: "srn",
  },
  {
    id: "pr-curve",
    en: "precision–recall curve",
    zh: "精确率–召回率曲线",
    def: {
      en: "Precision against recall as a detector's score threshold moves from strict to lenient: each point says how many of the faces it finds and how many of its boxes are faces; the area under it is the average precision (AP).",
      zh: "检测器的得分阈值从严到宽变化时，精确率随召回率变化的曲线：每个点说明它找到了多少人脸、它给出的框中有多少是人脸；曲线下的面积就是平均精度（AP）。",
    },
    page: "srn",
  },
  {
    id: "pyramid-level",
    en: "pyramid level",
    zh: "金字塔层级",
    report: ["金字塔等级"],
    def: {
      en: "One resolution of a feature pyramid (P2–P7 in SRN), each with its own stride and anchor sizes.",
      zh: "特征金字塔中的某一分辨率（SRN 中为 P2–P7），各有自己的步幅和锚框尺寸。",
    },
    page: "srn",
  },
  {
    id: "recall",
    en: "recall",
    zh: "召回率",
    def: {
      en: "Of all real faces, the fraction that the detector finds.",
      zh: "所有真实人脸中被检测器找到的比例。",
    },
    page: "srn",
  },
  {
    id: "receptive-field",
    en: "receptive field",
    zh: "感受野",
    report: ["接收场", "接收领域", "接收字段", "感知场"],
    def: {
      en: "The region of the input image that can influence one value of a feature map.",
      zh: "输入图像中能够影响特征图上某一个值的区域。",
    },
    page: "srn",
  },
  {
    id: "rfe",
    en: "receptive-field enrichment (RFE)",
    zh: "感受野增强",
    report: ["感知场增强"],
    def: {
      en: "SRN's module of parallel 1×k and k×1 convolutions that gives features rectangular receptive fields of several shapes.",
      zh: "SRN 中由并行的 1×k 与 k×1 卷积组成的模块，为特征提供多种形状的矩形感受野。",
    },
    page: "srn",
  },
  {
    id: "regressor",
    en: "regressor",
    zh: "回归器",
    report: ["回归量"],
    def: {
      en: "The part of a detector that predicts continuous values, here the offsets that adjust an anchor into a box.",
      zh: "检测器中预测连续数值的部分，这里指把锚框调整为预测框的偏移量。",
    },
    page: "srn",
  },
  {
    id: "residual-block",
    en: "residual block",
    zh: "残差块",
    report: ["残余块"],
    def: {
      en: "A group of layers whose input is added to its output, so the layers learn a correction to the identity.",
      zh: "把输入直接加到输出上的一组网络层，使这些层只需学习相对恒等映射的修正量。",
    },
    page: "srn",
  },
  {
    id: "resnet",
    en: "ResNet",
    zh: "残差网络",
    def: {
      en: "A deep network built from residual blocks; SRN uses the 50-layer version as its backbone.",
      zh: "由残差块堆叠而成的深度网络；SRN 以其 50 层版本作为主干网络。",
    },
    page: "srn",
  },
  {
    id: "srn",
    en: "Selective Refinement Network (SRN)",
    zh: "选择性精炼网络",
    report: ["选择性改进网络"],
    def: {
      en: "A single-shot face detector (Chi et al. 2019) that adds two-step classification on fine levels, two-step regression on coarse levels and RFE.",
      zh: "一种单阶段人脸检测器（Chi 等，2019），在细层级上做两步分类、在粗层级上做两步回归，并加入感受野增强模块。",
    },
    page: "srn",
  },
  {
    id: "stc",
    en: "Selective Two-step Classification (STC)",
    zh: "选择性两步分类",
    def: {
      en: "Filtering out easy negative anchors on the fine pyramid levels in a first step, so the second classifier sees fewer of them.",
      zh: "先在较细的金字塔层级上滤除大部分容易的负锚框，使第二步分类器面对的负样本大为减少。",
    },
    page: "srn",
  },
  {
    id: "str",
    en: "Selective Two-step Regression (STR)",
    zh: "选择性两步回归",
    def: {
      en: "Coarsely adjusting anchors on the coarse pyramid levels in a first step, to give the second regression a better starting box.",
      zh: "先在较粗的金字塔层级上粗调锚框的位置和大小，为第二步回归提供更好的初始框。",
    },
    page: "srn",
  },
  {
    id: "single-shot-detector",
    en: "single-shot (one-stage) detector",
    zh: "单阶段检测器",
    report: ["单镜头"],
    def: {
      en: "A detector that classifies and regresses anchors in one pass of one network, with no separate proposal stage.",
      zh: "只用一个网络、一次前向传播就完成锚框分类与回归、没有单独候选区域阶段的检测器。",
    },
    page: "srn",
  },
  {
    id: "smooth-l1-loss",
    en: "smooth L1 loss",
    zh: "平滑 L1 损失",
    def: {
      en: "A regression loss that is quadratic for small errors and linear for large ones, so outliers do not dominate.",
      zh: "误差较小时为二次、误差较大时为线性的回归损失，避免离群值主导训练。",
    },
    page: "srn",
  },
  {
    id: "two-stage-detector",
    en: "two-stage detector",
    zh: "两阶段检测器",
    def: {
      en: "A detector that first proposes regions and then classifies and refines each proposal with a second network (e.g. Faster R-CNN).",
      zh: "先生成候选区域、再用第二个网络对每个候选区域分类和修正的检测器（如 Faster R-CNN）。",
    },
    page: "srn",
  },
  {
    id: "wider-face",
    en: "WIDER FACE",
    zh: "WIDER FACE 人脸检测基准",
    def: {
      en: "A face detection benchmark of 32,203 images with 393,703 labelled faces, many of them small, occluded or in unusual poses.",
      zh: "包含 32203 张图像、393703 个标注人脸的人脸检测基准，其中许多人脸尺寸小、有遮挡或姿态特殊。",
    },
    page: "srn",
  },
  // performance
  {
    id: "warm-up",
    en: "warm-up",
    zh: "预热",
    def: {
      en: "A first run of a network on a tiny input before the real one, so that one-time costs (compiling the GPU's shader programs, allocating memory) are paid while the page loads instead of on the reader's first photo.",
      zh: "在真正运行之前先用一张很小的输入把网络跑一遍，让一次性的开销（编译 GPU 着色器程序、分配内存）在页面加载时付清，而不是落在读者的第一张照片上。",
    },
    page: "models",
  },
  {
    id: "backend",
    en: "backend (WebGL / WebAssembly / CPU)",
    zh: "后端",
    def: {
      en: "The engine that runs the tensor operations in the browser: the graphics card through WebGL, or the processor through WebAssembly or plain JavaScript.",
      zh: "在浏览器中执行张量运算的引擎：通过 WebGL 使用显卡，或通过 WebAssembly、纯 JavaScript 使用处理器。",
    },
    page: "performance",
  },
  {
    id: "latency",
    en: "latency",
    zh: "延迟",
    def: {
      en: "The time from giving an input to getting its result, here reported as median milliseconds per photo.",
      zh: "从给出输入到得到结果所用的时间，这里以每张照片耗时的中位数（毫秒）表示。",
    },
    page: "performance",
  },
];
