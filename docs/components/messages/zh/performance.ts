// 性能页组件的界面文字；键与 ../en/performance.ts 相同（tsc 检查）。
import type { performance as En } from "../en/performance.js";

export const performance: typeof En = {
  notYetBefore: (what: string) => `尚未测量：${what}（运行 `,
  notYetAfter: " 即可测得）。",
  notYetWhat: {
    browserRace: "浏览器中的竞速",
    visitorWasm: "facelab 在 640×480 裁剪图上的 wasm 耗时",
    visitorFaceApi: "face-api.js 在 640×480 裁剪图上的耗时",
    roofline: "屋顶线",
    fused: "融合层",
    loops: "cpu 上的自有循环",
    glKernels: "facelab 的 WebGL 程序与 tfjs 内核的对比",
    batching: "分批消融实验",
    embedNode: "Node 中的嵌入网络竞速",
    embedBrowser: "Chromium 中的嵌入网络竞速",
    mtcnnNode: "Node 中的 MTCNN",
    lfw: "LFW 吞吐量",
    cold: "冷加载",
  },

  measuredAt: (stamp: string) => `测于 ${stamp} UTC`,
  utc: (stamp: string) => `${stamp} UTC`,
  cpuCores: (cpu: string, n: number) => `${cpu}，${n} 核`,
  loadWhenWritten: (load: string) => `写入结果时系统负载 ${load}`,
  loadBeforeAfter: (before: string, after: string) => `系统负载：运行前 ${before}，运行后 ${after}`,
  rowsFromRuns: (n: number, runs: string) => `各行来自 ${n} 次运行：${runs}`,
  rowsMergedFrom: (n: number, runs: string) => `各行合并自 ${n} 次运行：${runs}`,
  /** Between two sentences of one line (Chinese runs them on without a space). */
  sentenceJoin: "",
  sentence: (text: string) => `${text}。`,
  listSep: "，",

  sets: { crop: "640×480 裁剪图", crop8: "前 8 张裁剪图", full: "原尺寸", fullSmall: "原尺寸（≤ 1 MP）" } as Record<string, string>,
  setText: {
    crop: "从 dlib、facenet、facenet-pytorch 和 MTCNN 原始实现自带的测试照片中心裁出的 640×480 图像（召回率只计中心落在裁剪图内、且在其中至少 20 像素大的参考人脸）",
    crop8: "上述裁剪图中的前 8 张",
    full: "同一批照片的原尺寸版本",
    fullSmall: "原尺寸照片中不超过一百万像素的那些",
  } as Record<string, string>,
  otherSet: "另一组照片",
  setsUnknown: "暂不可知",
  setEntry: (name: string, text: string) => `“${name}”：${text}`,
  setSep: "；",
  stages: { prepare: "预处理（归一化）", pnet: "P-Net（图像金字塔）", rnet: "R-Net", onet: "O-Net" } as Record<string, string>,

  roundsPerRace: (list: string) => `各场竞速的计时轮数：${list}。`,
  axisMedianPerPhoto: "每张照片耗时中位数（ms）→",
  axisRatio: "facelab 耗时 ÷ face-api.js 耗时 →",
  ruleTarget: "目标 0.5×",
  ruleSameSpeed: "速度相同",
  axisFirstCall: "首次检测耗时（ms）→",
  agreementHead: ["后端 · 照片集", "照片数", "facelab 人脸数", "face-api.js 人脸数", "匹配数（IoU ≥ 0.5）", "F1", "参考人脸召回"],
  recallOf: (facelab: string, faceApi: string) => `facelab ${facelab}，face-api.js ${faceApi}`,
  notRaced: (list: string) => `未进行的竞速：${list}。`,
  notRacedEntry: (race: string, why: string) => `${race}（${why}）`,
  noSuchBackend: "face-api.js 的 tfjs-core 1.7 没有注册这种后端",
  unavailable: "不可用",

  visitorOurs: "facelab · wasm（默认）",
  visitorTheirs: (backend: string, fastest: boolean) => `face-api.js · ${backend}${fastest ? "（最快）" : ""}`,
  axisOwnBackend: "每张照片耗时中位数（ms），各用各的后端 →",
  notCompared: (wasmPhotos: number, theirs: string) =>
    `未作比较：facelab 的 wasm 数据覆盖 ${wasmPhotos} 张照片，face-api.js 的竞速覆盖 ${theirs} 张；在不同照片上取的中位数没有可比性。`,
  visitorVerdict: (ratio: string, backend: string, slower: string | null, photos: number) =>
    `在同样的 ${photos} 张照片上，facelab（wasm）的耗时是 face-api.js 在其最快后端 ${backend} 上的 <strong>${ratio}</strong>${slower ? `（face-api.js 耗时是 facelab 的 ${slower} 倍）` : ""}。`,
  wasmFromBatching:
    'facelab 的 wasm 数据来自下文分批消融实验的 wasm 运行中<em>整批</em>的一侧——也就是 facelab 默认设置 <code>batching: "auto"</code> 在 wasm 上的做法。计时方式与上面的竞速相同（预热单独计、各轮交替、对照片和轮次取中位数），但对手是 facelab 自己，而不是 face-api.js。',
  wasmFromRoofline:
    "facelab 的 wasm 数据来自下文的 wasm 屋顶线运行：每张照片在预热后追踪 3 次，取总耗时的中位数（追踪还要读回每个阶段的中间结果，所以只会比普通检测更慢），再对所有照片取中位数。",

  rooflineHeading: (backend: string, photos: number, set: string) => `${backend}，${photos} 张照片（${set}）`,
  axisGflops: "实际达到的 GFLOP/s →",
  rooflineLabel: (gflops: string, percent: string) => `${gflops} GFLOP/s · 矩阵乘法的 ${percent}%`,
  roofRule: (gflops: string, ownLoops: boolean) => `矩阵乘法 ${gflops} GFLOP/s${ownLoops ? "（facelab 自有循环）" : ""}`,
  stageWork: (stage: string, gflop: string, time: string) => `${stage}：${gflop} GFLOP，用时 ${time}`,
  roofMeasured: (n: number, byKernel: string | null) => `——矩阵乘法屋顶在 n = ${n} 时测得${byKernel ? `（各内核最佳 GFLOP/s：${byKernel}）` : ""}。`,

  fusedReps: (list: string) => `中位数：${list}。`,
  repsOn: (reps: number, backend: string) => `${backend} 上重复 ${reps} 次`,
  axisFusedPerNet: "融合 ÷ 分开的耗时，按网络累加各层 →",
  axisFusedPerLayer: "融合 ÷ 分开的耗时，逐层 →",
  ruleNoGain: "无收益",
  fusedByNet: (backend: string, list: string) => `${backend}，每个网络全部层的耗时，分开 → 融合：${list}。`,
  allLayers: (net: string) => `${net}（全部层）`,
  axisLoops: "facelab 自有循环 ÷ tfjs 融合内核的耗时 →",

  seriesPrograms: "facelab 的 WebGL 程序",
  seriesTfjsKernels: "tfjs 的 webgl 内核",
  axisGlKernels: "facelab 在 WebGL 上每张照片耗时中位数（ms）→",
  onRace: (ratio: string, race: string, f1: string) => `${race} 上为 <strong>${ratio}</strong>（人脸一致性：F1 ${f1}）`,
  glVerdict: (list: string) => `facelab 的程序 ÷ tfjs 的内核：${list}。`,

  seriesChunked: "2 的幂分块",
  seriesWhole: "整批",
  axisBatching: "facelab 每张照片耗时中位数（ms）→",
  batchingVerdict: (list: string) => `分块 ÷ 整批：${list}。`,
  batchingNoWebgl: "还没有 WebGL 上的运行，而分块本应在 WebGL 上见效。在 wasm 上分块只是对照组：那里无需编译，差别只在于批更小，以及噪声。",
  batchingAboveOne:
    "WebGL 上的比值大于 1，说明在这里分块反而多花了时间。计时轮中每张照片都已出现过，其整批着色器早已编译好，分块只会带来更多、更小的绘制调用；分块所节省的——为从未见过的批大小编译——发生在预热阶段，而这些中位数不含预热。",
  batchingFirstSight: (photos: number, chunked: string, whole: string) =>
    `初次见到时——第一张照片之后的预热轮（${photos} 张照片），分块一侧最先处理每张照片，因此还要承担 P-Net 着色器的编译：分块共 ${chunked}，整批共 ${whole}。`,

  embedHeading: (where: string, backend: string, faces: number, rounds: number) => `${where}，${backend} 后端——${faces} 张人脸，${rounds} 轮`,
  axisPerFace: "每张人脸耗时中位数（ms）→",
  oneAtATime: "逐张处理",
  oneBatch: "所有人脸一批处理",
  embedVerdict: (single: string, batched: string, oursFirst: string, theirsFirst: string) =>
    `耗时比 facelab ÷ @vladmandic/face-api：逐张 <strong>${single}</strong>，成批 <strong>${batched}</strong>。首次调用（预热，每张人脸）：facelab ${oursFirst}，@vladmandic/face-api ${theirsFirst}。`,

  nodeReps: (photos: number, reps: number) => `${photos} 张 640×480 照片，每张重复 ${reps} 次。`,
  nodeHeading: (backend: string, total: string, first: string) => `${backend}：每张照片共 ${total}，首次调用 ${first}`,
  nodeGap: (slow: string, factor: string, fast: string) =>
    `在这台机器上，${slow} 的耗时是 ${fast} 的 ${factor} 倍：wasm 运行的是编译好的向量化内核，cpu 运行的是纯 JavaScript（MTCNN 的各层用的是上文 facelab 的自有循环）。`,

  lfwRun: (backend: string, images: number, rounds: number, load: string, cores: number | string) =>
    `${backend} 后端，deep-funnelled LFW 的前 ${images} 张照片，每种工作线程数运行 ${rounds} 轮；运行前系统负载 ${load}，共 ${cores} 核。`,
  perSecond: (x: string) => `${x} 张/秒`,
  workers: (w: string) => `${w} 个工作线程`,
  workersRate: (workers: string, rate: string) => `${workers} ${rate}`,
  axisPerSecond: "每秒处理图像数（中位数）→",
  ruleTwiceOne: "1 个线程的两倍",
  lfwSpeedup: (ofMedians: string, min: string, max: string, medians: string) =>
    `2 个工作线程相对 1 个的加速比：<strong>${ofMedians}</strong>（中位数之比；各轮自身的加速比在 ${min} 到 ${max} 之间）。中位数：${medians}。`,
  lfwStartupIntro: "每个线程池的启动时间（到最后一个工作线程就绪为止）：",
  axisStartup: "启动时间中位数（s）→",

  coldRuns: (runs: number) => `${runs} 次运行的中位数。`,
  seriesCold: "冷加载（空缓存）",
  seriesWarm: "热加载（重新加载）",
  milestones: {
    domContentLoaded: "DOMContentLoaded",
    firstContentfulPaint: "首次内容绘制",
    modelReady: "检测器就绪",
    detectionComputed: "首次检测算完",
    firstDetection: "首次检测上屏",
  } as Record<string, string>,
  axisAfterNavigation: "导航开始后的秒数（中位数）→",
  loadHead: ["加载", "首次检测", "请求数", "HTTP 缓存命中", "传输量"],
  coldVerdict: (ratio: string) =>
    `重新加载后显示第一张人脸所用的时间是冷加载的 <strong>${ratio}</strong>。请求数和字节数统计到首次检测为止；经过重新验证的文件（304）算作一次几百字节的请求。`,

  samples: { portrait: "肖像", group: "合影", noFace: "无人脸", hopkins1: "安东尼·霍普金斯 1", hopkins2: "安东尼·霍普金斯 2" },
  raceBackend: "后端",
  racePhotos: "照片数",
  raceRounds: "计时轮数",
  runRace: "开始竞速",
  raceIdle: "选好后端，按“开始竞速”：两个库每张照片耗时的中位数会显示在这里。",
  raceLoading: "正在加载照片、facelab 和 face-api.js…",
  facelabCannotStart: (backend: string) => `facelab 的 tfjs 无法在此浏览器中启动 ${backend}`,
  faceApiCannotStart: (version: string, backend: string) => `face-api.js 的 tfjs ${version} 无法在此浏览器中启动 ${backend}`,
  faceApiNotLoaded: (url: string) => `无法从 ${url} 加载 face-api.js（文件缺失，或被内容安全策略拦截）`,
  racing: (backend: string, rounds: number, photos: number) => `正在 ${backend} 上竞速：双方各预热一轮，然后计时 ${rounds} 轮，每轮 ${photos} 张照片…`,
  raceDone: (backend: string, tfjs: string, peerTfjs: string) =>
    `${backend} 上的竞速完成（facelab 使用 tfjs ${tfjs}，face-api.js 使用其自带的 tfjs-core ${peerTfjs}）。`,
  ratioWord: "耗时比",
  raceSummary: (
    ours: string,
    theirs: string,
    ratioWord: string,
    ratio: string,
    oursFirst: string,
    theirsFirst: string,
    agreement: string,
    oursFaces: number,
    theirsFaces: number,
  ) =>
    `每张照片耗时（中位数）：facelab <strong>${ours}</strong>，face-api.js <strong>${theirs}</strong>——${ratioWord} ${ratio}。首次调用：facelab ${oursFirst}，face-api.js ${theirsFirst}（不计入中位数）。一致性：facelab 找到 ${oursFaces} 张、face-api.js 找到 ${theirsFaces} 张，其中 ${agreement}。`,
  matchedFaces: (n: number) => `${n} 张在 IoU ≥ 0.5 下相互匹配`,
  medianPerPhoto: "每张照片中位数",
  axisRaceMs: "每张照片耗时（ms）→",
};
