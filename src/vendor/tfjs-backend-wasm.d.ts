// Types for lib/vendor/tfjs-backend-wasm.js, the browser bundle of @tensorflow/tfjs-backend-wasm that
// `npm run build:lib` writes with esbuild (the package's own browser entry still imports Node's `fs`).
export * from "@tensorflow/tfjs-backend-wasm";
