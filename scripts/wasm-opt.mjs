// The release's wasm-opt, in one place for the build (post-build.mjs) and for reading
// what is in the WebAssembly (wasm-contents.mjs): binaryen's size optimisations, except
// that a function of more than 100 bytes with one caller stays a function of its own.
// By default binaryen inlines every such function, which made every screen of the app
// one 60 KB function: the browser compiles a WebAssembly function when it first runs,
// so the first screen paid for compiling all the others, and the whole compressed
// 1.9 KB worse (docs/performance.md).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const RELEASE_FLAGS = ["-Oz", "--one-caller-inline-max-function-size", "100"];

// The project's own wasm-opt (binaryen 132 from npm), also when PATH lacks it.
const local = fileURLToPath(new URL("../node_modules/.bin/wasm-opt", import.meta.url));
const WASM_OPT = existsSync(local) ? local : "wasm-opt";

/** Optimises the module at `input` into `output` as the release does, plus `extra` flags. */
export function optimise(input, output, extra = []) {
  execFileSync(WASM_OPT, [...RELEASE_FLAGS, ...extra, input, "-o", output], { stdio: ["ignore", "ignore", "inherit"] });
}
