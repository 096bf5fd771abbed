// What the measuring scripts and the end-to-end tests share: Debian's Chromium with the
// same flags, a free local port, and a build served by serve-dist.mjs.
import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** The browser: CHROME_PATH, else Debian's Chromium. */
export const CHROME_PATH = process.env.CHROME_PATH ?? "/usr/bin/chromium";

/** Flags for a quiet headless Chromium that talks to nothing but the page. */
export const CHROME_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** A port nobody listens on now (the OS picks it). */
export function freePort() {
  return new Promise((done, fail) => {
    const probe = createServer();
    probe.once("error", fail);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts serve-dist.mjs on `folder` and resolves once it says it is listening. */
export function serve(folder, port) {
  const script = join(dirname(fileURLToPath(import.meta.url)), "serve-dist.mjs");
  const server = spawn(process.execPath, [script, folder, String(port)], { stdio: ["ignore", "pipe", "inherit"] });
  return new Promise((done, fail) => {
    server.once("exit", (code) => fail(new Error(`serve-dist.mjs exited (${code})`)));
    server.stdout.on("data", (chunk) => {
      if (String(chunk).includes("serving")) done(server);
    });
  });
}

/** The command line: `option("--name")` is the value after it, `flag("--name")` whether
 * it is there, `positional` the arguments that are neither. */
export function commandLine(argv = process.argv.slice(2)) {
  const option = (name) => {
    const at = argv.indexOf(name);
    return at >= 0 ? argv[at + 1] : undefined;
  };
  const positional = argv.filter((a, i) => !a.startsWith("--") && !argv[i - 1]?.startsWith("--"));
  return { option, flag: (name) => argv.includes(name), positional };
}

/** Runs `body`, then `cleanup` whatever happened; a failure is printed as `name: …`
 * and the process exits with status 1. */
export async function runScript(name, body, cleanup) {
  let failed = false;
  try {
    await body();
  } catch (error) {
    console.error(`${name}: ${error.stack ?? error}`);
    failed = true;
  } finally {
    await cleanup();
  }
  process.exit(failed ? 1 : 0);
}
