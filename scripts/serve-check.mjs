// Checks the README's serve command: runs scripts/serve.sh on a free port, waits until
// it serves the start page and the WebAssembly that page loads, then stops it. The test
// command runs this first, so on a fresh clone it sees what a person running the serve
// command first would see (no target/ yet). Exits with 1, and shows the end of the
// command's output, if the app is not served within the time a first build takes or if
// Trunk panics on the way.
//   node scripts/serve-check.mjs [--minutes 25]
import { spawn } from "node:child_process";
import { commandLine, freePort, runScript } from "./local-browser.mjs";

const { option } = commandLine();
const minutes = Number(option("--minutes") ?? 25);
const port = await freePort();
const base = `http://127.0.0.1:${port}/`;
let output = "";
let exited = null;

// Its own process group, so that stopping it stops Trunk and whatever Trunk started.
const serve = spawn("bash", ["scripts/serve.sh"], {
  env: { ...process.env, PORT: String(port) },
  detached: true,
  stdio: ["ignore", "pipe", "pipe"],
});
for (const stream of [serve.stdout, serve.stderr]) stream.on("data", (chunk) => (output += chunk));
serve.on("exit", (code) => (exited = code));

/** The body of `url` if it answers 200 with a type that starts with `type`, else null. */
async function fetched(url, type) {
  try {
    const response = await fetch(url);
    if (!response.ok || !(response.headers.get("content-type") ?? "").startsWith(type)) return null;
    return type === "application/wasm" ? new Uint8Array(await response.arrayBuffer()) : await response.text();
  } catch {
    return null;
  }
}

/** Stops serve.sh and everything it started. */
function stop() {
  try {
    process.kill(-serve.pid, "SIGTERM");
  } catch {
    // Already stopped.
  }
}
// Ctrl+C on the test command reaches this script, not serve.sh's own process group.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) {
  process.on(signal, () => {
    stop();
    process.exit(1);
  });
}

await runScript(
  "serve-check",
  async () => {
    const deadline = Date.now() + minutes * 60_000;
    while (Date.now() < deadline) {
      if (exited !== null) throw new Error(`scripts/serve.sh stopped (exit ${exited}) before serving the app:\n${output.slice(-3000)}`);
      // A panic in Trunk (its file watcher's, say) can leave it running without ever
      // serving: say so now rather than at the deadline.
      if (output.includes("panicked at")) throw new Error(`Trunk panicked before serving the app:\n${output.slice(-3000)}`);
      const page = await fetched(base, "text/html");
      const wasm = page && /([\w.-]+_bg\.wasm)/.exec(page)?.[1];
      if (page && wasm && page.includes("<title>Back &amp; Hip Pain Checker</title>")) {
        const module = await fetched(base + wasm, "application/wasm");
        // "\0asm": a WebAssembly module, not an error page.
        if (module && module[0] === 0 && module[1] === 0x61 && module[2] === 0x73 && module[3] === 0x6d) {
          console.log(`scripts/serve.sh serves the start page and ${wasm} (${(module.length / 1024).toFixed(1)} KB) at ${base}`);
          return;
        }
      }
      await new Promise((done) => setTimeout(done, 2000));
    }
    throw new Error(`scripts/serve.sh did not serve the app within ${minutes} minutes:\n${output.slice(-3000)}`);
  },
  stop,
);
