import { chromium } from "playwright-core";
import { CHROME_FLAGS, CHROME_PATH, freePort, serve } from "./local-browser.mjs";
const dir = process.argv[2];
const port = await freePort();
const server = await serve(dir, port);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_FLAGS });
for (let run = 0; run < 3; run++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const events = [];
  cdp.on("Tracing.dataCollected", (d) => events.push(...d.value));
  const done = new Promise((r) => cdp.once("Tracing.tracingComplete", r));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,v8,v8.wasm,disabled-by-default-v8.compile,blink,toplevel", transferMode: "ReportEvents" });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.wasmBindings && document.querySelector("#app .welcome"));
  await page.waitForTimeout(500);
  await cdp.send("Tracing.end");
  await done;
  const main = events.find((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain");
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid);
  const tasks = onMain.filter((e) => e.name === "RunTask" || e.name === "ThreadControllerImpl::RunTask").sort((a, b) => b.dur - a.dur);
  console.log("top tasks:", tasks.slice(0, 5).map((t) => `${t.name} ${(t.dur / 1000).toFixed(1)}`).join(", "), "events", events.length);
  const start = tasks.find((t) => onMain.some((e) => e.ts >= t.ts && e.ts < t.ts + t.dur && /FunctionCall|v8.callFunction/.test(e.name) && e.dur > 5000));
  if (!start) { console.log("no start task"); continue; }
  const inside = onMain.filter((e) => e.ts >= start.ts && e.ts + (e.dur ?? 0) <= start.ts + start.dur && e.dur);
  const sums = new Map();
  for (const e of inside) sums.set(e.name, (sums.get(e.name) ?? 0) + e.dur);
  console.log(`run ${run}: start task ${(start.dur / 1000).toFixed(1)} ms (4x)`);
  for (const [n, d] of [...sums].sort((a, b) => b[1] - a[1]).slice(0, 18)) console.log(`   ${(d / 1000).toFixed(1).padStart(6)} ms  ${n}`);
  await context.close();
}
await browser.close(); server.kill();
