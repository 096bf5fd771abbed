// Lighthouse side by side, in one batch: the checker's build, a static page with the
// same first screen (index.html without its scripts, made from the build), and any other
// builds given (the bare Yew counter, perf/counter). Runs take turns, so each site sees
// the same machine load; prints every run and a table of medians with each run's FCP and
// LCP, and for each run the longest main-thread tasks of the real load Lighthouse
// simulates from (its Time to Interactive counts only tasks over 20 ms there). Default
// mobile preset: simulated slow 4G and a 4x slower CPU.
//   node scripts/lighthouse-compare.mjs [dist] [--runs 5] [--with name=folder ...]
//   e.g. --with counter=perf/counter/dist
import { mkdirSync, readFileSync, rmSync, writeFileSync, cpSync } from "node:fs";
import { join, resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROME_FLAGS, CHROME_PATH, commandLine, freePort, runScript, serve } from "./local-browser.mjs";

const { option, positional } = commandLine();
const dist = resolve(positional[0] ?? "dist");
const runs = Number(option("--runs") ?? 5);
const others = process.argv
  .flatMap((arg, i, all) => (arg === "--with" ? [all[i + 1]] : []))
  .map((pair) => pair.split("="))
  .map(([name, folder]) => ({ name, folder: resolve(folder) }));

/** The checker's first screen as a page of HTML and CSS alone: its scripts, the
 * WebAssembly's preload and the service worker's registration left out. */
function staticPage(from) {
  const folder = resolve("target/perf/static");
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const html = readFileSync(join(from, "index.html"), "utf8")
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, "")
    .replace(/<link rel="(?:modulepreload|preload)"[^>]*>/gi, "")
    .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/i, "");
  writeFileSync(join(folder, "index.html"), html);
  for (const file of ["manifest.webmanifest", "icons", "noscript.css"]) {
    cpSync(join(from, file), join(folder, file), { recursive: true });
  }
  return folder;
}

const sites = [{ name: "checker", folder: dist }, { name: "static page", folder: staticPage(dist) }, ...others];

/** The longest tasks of the page's main thread in the real (unthrottled) load, longest
 * first: their length in ms, and "start" for one that ran the app's script. */
function longestTasks(trace, count = 2) {
  const events = trace?.traceEvents ?? [];
  // The page's own main thread: the one that parsed its HTML (not a blank page's).
  const parse = events.find((e) => e.name === "ParseHTML" && /^https?:/.test(e.args?.beginData?.url ?? ""));
  if (!parse) return [];
  const onMain = (e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === "X";
  const calls = events.filter((e) => onMain(e) && e.name === "FunctionCall" && /\/app-[^/]*\.js/.test(e.args?.data?.url ?? ""));
  return events
    .filter((e) => onMain(e) && e.name === "RunTask")
    .sort((a, b) => b.dur - a.dur)
    .slice(0, count)
    .map((t) => ({ ms: t.dur / 1000, start: calls.some((c) => c.ts >= t.ts && c.ts <= t.ts + t.dur) }));
}

function figures(lhr, artifacts) {
  const value = (id) => lhr.audits[id]?.numericValue;
  const metrics = lhr.audits.metrics?.details?.items?.[0] ?? {};
  return {
    score: Math.round(lhr.categories.performance.score * 100),
    fcp: value("first-contentful-paint"),
    lcp: value("largest-contentful-paint"),
    tti: value("interactive") ?? metrics.interactive,
    tbt: value("total-blocking-time"),
    bytes: value("total-byte-weight"),
    tasks: longestTasks(artifacts?.Trace),
  };
}

const ms = (n) => (n === undefined ? "n/a" : `${Math.round(n).toLocaleString("en")} ms`);
const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor((list.length - 1) / 2)];

let chrome;
const servers = [];
await runScript(
  "lighthouse-compare",
  async () => {
    for (const site of sites) {
      site.port = await freePort();
      servers.push(await serve(site.folder, site.port));
      site.runs = [];
    }
    chrome = await chromeLauncher.launch({ chromePath: CHROME_PATH, chromeFlags: ["--headless=new", ...CHROME_FLAGS] });
    for (let run = 1; run <= runs; run++) {
      for (const site of sites) {
        const { lhr, artifacts } = await lighthouse(`http://127.0.0.1:${site.port}/`, {
          port: chrome.port,
          output: "json",
          logLevel: "error",
          onlyCategories: ["performance"],
        });
        if (lhr.runtimeError) throw new Error(`${site.name}: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        const f = figures(lhr, artifacts);
        site.runs.push(f);
        site.version = lhr.lighthouseVersion;
        console.log(`run ${run}, ${site.name}: performance ${f.score}, FCP ${ms(f.fcp)}, LCP ${ms(f.lcp)}, TTI ${ms(f.tti)}, TBT ${ms(f.tbt)}, ${kb(f.bytes)}; longest tasks ${f.tasks.map((t) => `${t.ms.toFixed(1)} ms${t.start ? " (the app's start)" : ""}`).join(", ")}`);
      }
    }
    console.log(`\nLighthouse ${sites[0].version}, mobile preset (simulated slow 4G, 4x CPU slowdown), ${runs} runs each, taking turns; median (and each run)\n`);
    const column = (site, key, each) => {
      const values = site.runs.map((r) => r[key]);
      const shown = key === "bytes" ? kb(median(values)) : ms(median(values));
      return each ? `${shown} (${values.map((v) => Math.round(v)).join(", ")})` : shown;
    };
    const rows = [
      ["performance score", (s) => String(median(s.runs.map((r) => r.score)))],
      ["First Contentful Paint", (s) => column(s, "fcp", true)],
      ["Largest Contentful Paint", (s) => column(s, "lcp", true)],
      ["Time to Interactive", (s) => column(s, "tti", false)],
      ["Total Blocking Time", (s) => column(s, "tbt", false)],
      ["bytes", (s) => column(s, "bytes", false)],
    ];
    console.log(`| | ${sites.map((s) => s.name).join(" | ")} |`);
    console.log(`|---|${sites.map(() => "---:").join("|")}|`);
    for (const [label, cell] of rows) console.log(`| ${label} | ${sites.map(cell).join(" | ")} |`);
    const checker = sites[0].runs;
    const plain = sites[1].runs;
    const ratio = (key) => checker.map((r, i) => (r[key] / plain[i][key]).toFixed(2)).join(", ");
    console.log(`\nchecker / static page, each run: FCP ${ratio("fcp")}; LCP ${ratio("lcp")}`);
  },
  async () => {
    await chrome?.kill();
    for (const server of servers) server.kill();
  },
);
