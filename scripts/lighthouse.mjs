// Audits a build with Lighthouse as a cheap phone on a slow network sees it: serves the
// folder (gzip, the deployment headers) with serve-dist.mjs on a free local port, runs
// Lighthouse's default mobile preset (simulated slow 4G and a 4x slower CPU) in
// headless Chromium, and prints the four category scores and the page-load metrics.
// Fails only if Lighthouse itself fails: the scores are for reading, not asserting
// (docs/performance.md has the targets and the latest figures).
//   node scripts/lighthouse.mjs [dist] [--port N] [--runs N] [--json report.json]
// With --runs, prints every run on a line and the median run (by performance score)
// in full: on a shared two-core machine the figures vary from run to run.
import { writeFileSync } from "node:fs";
import { resolve } from "node:path";
import * as chromeLauncher from "chrome-launcher";
import lighthouse from "lighthouse";
import { CHROME_FLAGS, CHROME_PATH, commandLine, freePort, runScript, serve } from "./local-browser.mjs";

const { option, flag, positional } = commandLine();
const dist = resolve(positional[0] ?? "dist");
const jsonPath = option("--json");
const runs = Number(option("--runs") ?? 1);

const METRICS = [
  ["FCP", "first-contentful-paint"],
  ["LCP", "largest-contentful-paint"],
  ["TBT", "total-blocking-time"],
  ["CLS", "cumulative-layout-shift"],
  ["Speed Index", "speed-index"],
];

function metric(lhr, id) {
  const value = lhr.audits[id]?.numericValue;
  if (value === undefined) return "n/a";
  return id === "cumulative-layout-shift" ? value.toFixed(3) : `${Math.round(value)} ms`;
}

/** One line: the four scores and the metrics. */
function summary(lhr) {
  const scores = Object.values(lhr.categories).map((c) => (c.score === null ? "n/a" : Math.round(c.score * 100)));
  return `scores ${scores.join("/")}; ${METRICS.map(([label, id]) => `${label} ${metric(lhr, id)}`).join(", ")}`;
}

const port = Number(option("--port") ?? (await freePort()));
const url = `http://127.0.0.1:${port}/`;
let server;
let chrome;
await runScript(
  "lighthouse",
  async () => {
    server = await serve(dist, port);
    chrome = await chromeLauncher.launch({
      chromePath: CHROME_PATH,
      chromeFlags: ["--headless=new", ...CHROME_FLAGS],
    });
    const reports = [];
    for (let run = 0; run < runs; run++) {
      // No config: Lighthouse's default, the mobile preset with simulated throttling.
      const result = await lighthouse(url, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance", "accessibility", "best-practices", "seo"],
      });
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
      reports.push(result);
      if (runs > 1) console.log(`run ${run + 1}: ${summary(lhr)}`);
    }
    // The median run by performance score (then LCP), printed in full.
    const sorted = [...reports].sort(
      (a, b) =>
        a.lhr.categories.performance.score - b.lhr.categories.performance.score ||
        b.lhr.audits["largest-contentful-paint"].numericValue - a.lhr.audits["largest-contentful-paint"].numericValue,
    );
    const { lhr, report } = sorted[Math.floor((sorted.length - 1) / 2)];
    if (jsonPath) writeFileSync(jsonPath, report);

    console.log(`Lighthouse ${lhr.lighthouseVersion}, ${lhr.configSettings.formFactor}, ${lhr.configSettings.throttlingMethod} throttling, ${url} (${dist})${runs > 1 ? `, median of ${runs} runs` : ""}`);
    console.log(`browser: ${lhr.environment.hostUserAgent}`);
    for (const category of Object.values(lhr.categories)) {
      const score = category.score === null ? "n/a" : Math.round(category.score * 100);
      console.log(`${category.title.padEnd(16)}${String(score).padStart(5)}`);
      // Every audit that cost points, so a score under 100 says why.
      for (const ref of category.auditRefs) {
        const audit = lhr.audits[ref.id];
        if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
          console.log(`    ${audit.id}: ${audit.title}${audit.displayValue ? ` (${audit.displayValue})` : ""}`);
        }
      }
    }
    for (const [label, id] of METRICS) console.log(`${label.padEnd(16)}${metric(lhr, id).padStart(9)}`);
    const lcpNode = lhr.audits["lcp-breakdown-insight"]?.details?.items?.find((item) => item.type === "node");
    if (lcpNode) console.log(`LCP element: ${lcpNode.selector} (${lcpNode.nodeLabel})`);
  },
  async () => {
    await chrome?.kill();
    server?.kill();
  },
);
