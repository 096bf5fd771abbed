// nginx (Debian's package) for a test: its own configuration, logs and pid in a
// temporary folder, no system service, listening on 127.0.0.1 only. The server block
// includes the `location` block a release generated, as a webmaster's would.
import { spawn } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { expect } from "@playwright/test";

const binary = ["/usr/sbin/nginx", "/usr/bin/nginx"].find(existsSync) ?? "nginx";

/** Starts nginx serving `root` with `locationFile` included in its server block, on
 * `port`; resolves once it answers at `path`. `stop()` ends it and removes its folder. */
export async function startNginx({ root, locationFile, port, path = "/" }) {
  const dir = mkdtempSync(join(tmpdir(), "backhip-nginx-"));
  // The workers run as an unprivileged user when nginx starts as root: let them read.
  chmodSync(dir, 0o755);
  const config = join(dir, "nginx.conf");
  writeFileSync(
    config,
    `daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 64; }
http {
  # The types of the checker's files (a server's usual mime.types has these too).
  types {
    text/html html; text/css css; text/javascript js; application/json json;
    image/svg+xml svg; image/png png; text/plain txt toml md;
  }
  default_type application/octet-stream;
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  server {
    listen 127.0.0.1:${port};
    root ${root};
    include ${locationFile};
  }
}
`,
  );
  const server = spawn(binary, ["-p", dir, "-e", join(dir, "error.log"), "-c", config], { stdio: ["ignore", "ignore", "pipe"] });
  let errors = "";
  server.stderr.on("data", (chunk) => (errors += chunk));
  let exited = false;
  server.once("exit", () => (exited = true));
  const log = () => (existsSync(join(dir, "error.log")) ? readFileSync(join(dir, "error.log"), "utf8") : "");
  try {
    await expect
      .poll(async () => {
        if (exited) throw new Error(`nginx exited: ${errors}${log()}`);
        return (await fetch(`http://127.0.0.1:${port}${path}`).catch(() => null)) !== null;
      }, { timeout: 10_000 })
      .toBe(true);
  } catch (error) {
    server.kill();
    throw error;
  }
  return {
    log,
    async stop() {
      if (!exited) {
        const gone = new Promise((done) => server.once("exit", done));
        server.kill("SIGTERM");
        await gone;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
