/**
 * libsvm (C. Chang & C. Lin) compiled to asm.js by the `libsvm-js` package, loaded so it runs the same
 * in Node and in the built site. Why the asm build: it is pure JavaScript with its memory image inlined,
 * so the browser fetches no `.wasm` file. Why this shim: the package is CommonJS and its emscripten
 * runtime `require`s Node's `fs` (a bare import the browser cannot resolve) and, in Node, installs a
 * process-wide "exit on unhandled rejection" hook. `npm run build:lib` replaces the compiled shim in
 * lib/vendor/ by an esbuild bundle of it with `process` defined away (emscripten then takes its plain
 * "shell" path, no Node hook, no `fs`); run from source (tsx), the hook is removed right after loading.
 */

/** Options of libsvm-js's SVM (each maps to a `svm-train` flag); see libsvm's README. */
interface LibsvmOptions {
  type?: string;
  kernel?: string;
  cost?: number;
  tolerance?: number;
  cacheSize?: number;
  shrinking?: boolean;
  probabilityEstimates?: boolean;
  quiet?: boolean;
}

/** The part of libsvm-js's SVM class facelab uses. */
export interface LibsvmModel {
  train(samples: ArrayLike<number>[], labels: number[]): void;
  predictOne(sample: ArrayLike<number>): number;
  predictOneProbability(sample: ArrayLike<number>): { prediction: number; estimates: { label: number; probability: number }[] };
  getLabels(): number[];
  serializeModel(): string;
  free(): void;
}

export interface LibsvmClass {
  new (options: LibsvmOptions): LibsvmModel;
  load(serialized: string): LibsvmModel;
  SVM_TYPES: { C_SVC: string };
  KERNEL_TYPES: { LINEAR: string };
}

const hooks = () => (typeof process === "object" ? process.listeners("unhandledRejection") : []);
const before = hooks();
// @ts-expect-error libsvm-js ships no types
const loaded = await import("libsvm-js/asm");
for (const hook of hooks()) if (!before.includes(hook)) process.off("unhandledRejection", hook);

/** libsvm-js's SVM class (asm.js build). */
export const SVM = (loaded.default ?? loaded) as LibsvmClass;
