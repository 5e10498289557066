/** Browser-only helpers: image input, model files over HTTP, backend switching. */
export { pixelsFrom, type ImageSource } from "./pixelsFrom.js";
export { urlReader } from "./urlReader.js";
export { useBackend, backendFacts, BACKENDS, type BackendName, type UseBackendOptions, type WasmUrls } from "./backends.js";
export { registerAllWasmKernels } from "./wasmKernels.js";
export { threadStatus, wasmThreadCount, type BackendFacts, type ThreadStatus } from "./threadStatus.js";
