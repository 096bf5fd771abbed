// What is in the app's WebAssembly: the code of each crate and the largest functions,
// after the same wasm-opt as the release (wasm-opt.mjs) but keeping the function names
// (the release drops them), and the data. Used by size.mjs; can be run on its own:
//   node scripts/wasm-contents.mjs [target/wasm-bindgen/release/app_bg.wasm]
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { optimise } from "./wasm-opt.mjs";

export const NAMED_WASM = "target/wasm-bindgen/release/app_bg.wasm";

/** Reads an unsigned LEB128 number at `at`; returns [value, next position]. */
function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (byte < 0x80) return [value, at];
  }
}

/** The module's sections: id, start and size of each. */
function sections(bytes) {
  const out = [];
  for (let at = 8; at < bytes.length; ) {
    const id = bytes[at];
    const [size, start] = leb(bytes, at + 1);
    out.push({ id, start, size });
    at = start + size;
  }
  return out;
}

/** Skips one import entry's description; returns the next position and whether it is a function. */
function skipImport(bytes, at) {
  for (let i = 0; i < 2; i++) {
    const [length, next] = leb(bytes, at);
    at = next + length;
  }
  const kind = bytes[at++];
  if (kind === 0) return [leb(bytes, at)[1], true];
  if (kind === 1) {
    at += 1; // element type
    const [flags, next] = leb(bytes, at);
    at = leb(bytes, next)[1];
    return [flags & 1 ? leb(bytes, at)[1] : at, false];
  }
  if (kind === 2) {
    const [flags, next] = leb(bytes, at);
    at = leb(bytes, next)[1];
    return [flags & 1 ? leb(bytes, at)[1] : at, false];
  }
  return [at + 2, false]; // a global: type and mutability
}

/** Rust's legacy symbol mangling (`_ZN7backhip5pages…17h…E`) in plain words. */
export function demangle(name) {
  if (!name.startsWith("_ZN")) return name.replace(/::h[0-9a-f]{16}$/, "").replace(/\[[0-9a-f]{16}\]/g, "");
  const parts = [];
  for (let at = 3; at < name.length && name[at] !== "E"; ) {
    const digits = /^\d+/.exec(name.slice(at))[0];
    at += digits.length;
    parts.push(name.slice(at, at + Number(digits)));
    at += Number(digits);
  }
  if (/^h[0-9a-f]{16}$/.test(parts.at(-1))) parts.pop();
  return parts
    .join("::")
    .replace(/^_\$/, "$")
    .replace(/\$LT\$/g, "<")
    .replace(/\$GT\$/g, ">")
    .replace(/\$u20\$/g, " ")
    .replace(/\$u7b\$/g, "{")
    .replace(/\$u7d\$/g, "}")
    .replace(/\$RF\$/g, "&")
    .replace(/\$C\$/g, ",")
    .replace(/\.\./g, "::");
}

/** The crate a function belongs to: the first path in its name. */
export function crateOf(name) {
  const match = /^[<&\s]*([A-Za-z_][A-Za-z0-9_]*)/.exec(name);
  return match ? match[1] : "(other)";
}

/** Each function's body size and name, and the data's size, of a module with a name section. */
export function contents(bytes) {
  const all = sections(bytes);
  let imported = 0;
  const names = new Map();
  const bodies = [];
  let data = Buffer.alloc(0);
  for (const { id, start, size } of all) {
    if (id === 2) {
      let [count, at] = leb(bytes, start);
      for (; count > 0; count--) {
        const [next, isFunction] = skipImport(bytes, at);
        if (isFunction) imported++;
        at = next;
      }
    } else if (id === 10) {
      let [count, at] = leb(bytes, start);
      for (; count > 0; count--) {
        const [length, body] = leb(bytes, at);
        bodies.push(length + (body - at));
        at = body + length;
      }
    } else if (id === 11) {
      data = bytes.subarray(start, start + size);
    } else if (id === 0) {
      const [length, at] = leb(bytes, start);
      if (bytes.subarray(at, at + length).toString() !== "name") continue;
      for (let sub = at + length; sub < start + size; ) {
        const kind = bytes[sub];
        const [subSize, subStart] = leb(bytes, sub + 1);
        if (kind === 1) {
          let [count, p] = leb(bytes, subStart);
          for (; count > 0; count--) {
            const [index, q] = leb(bytes, p);
            const [nameLength, r] = leb(bytes, q);
            names.set(index, bytes.subarray(r, r + nameLength).toString());
            p = r + nameLength;
          }
        }
        sub = subStart + subSize;
      }
    }
  }
  const functions = bodies.map((size, i) => ({ size, name: demangle(names.get(imported + i) ?? `function ${imported + i}`) }));
  return { functions, data };
}

/** Runs the release's wasm-opt keeping names; returns the optimised module's bytes, or null without wasm-opt. */
function optimiseKeepingNames(path) {
  const dir = mkdtempSync(join(tmpdir(), "wasm-contents-"));
  try {
    const out = join(dir, "named.wasm");
    optimise(path, out, ["-g"]);
    return readFileSync(out);
  } catch {
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Prints the largest contributors of the WebAssembly at `path`; false if it cannot. */
export function printContents(path = NAMED_WASM, top = 15) {
  if (!existsSync(path)) {
    console.log(`(no ${path} to read the WebAssembly's contents from: build with trunk first)`);
    return false;
  }
  const optimised = optimiseKeepingNames(path);
  const { functions, data } = contents(optimised ?? readFileSync(path));
  const kb = (n) => (n / 1000).toFixed(1).padStart(7);
  const code = functions.reduce((n, f) => n + f.size, 0);
  const crates = new Map();
  for (const f of functions) crates.set(crateOf(f.name), (crates.get(crateOf(f.name)) ?? 0) + f.size);
  console.log(
    `\nWhat is in the WebAssembly (${optimised ? "after the release's wasm-opt, names kept" : "before wasm-opt"}): ` +
      `code ${kb(code).trim()} KB raw, data ${kb(data.length).trim()} KB raw (${kb(gzipSync(data, { level: 9 }).length).trim()} KB gzip on its own)`,
  );
  console.log("Code by crate (raw KB):");
  for (const [crate, size] of [...crates].sort((a, b) => b[1] - a[1]).slice(0, 10)) {
    console.log(`  ${kb(size)}  ${crate}`);
  }
  console.log(`Largest functions (raw KB):`);
  for (const f of [...functions].sort((a, b) => b.size - a.size).slice(0, top)) {
    console.log(`  ${kb(f.size)}  ${f.name.length > 110 ? `${f.name.slice(0, 107)}...` : f.name}`);
  }
  return true;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  printContents(process.argv[2] ?? NAMED_WASM);
}
