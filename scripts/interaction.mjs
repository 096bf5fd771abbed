// How fast the checker answers a tap: serves a build (it builds nothing) on a local port,
// goes through a whole questionnaire in headless Chromium as a person would, and for
// every step measures in the page the time from the click to the next screen being
// painted: the click's time stamp, then a MutationObserver sees the heading change (the
// DOM updated: the app's own work), then an animation frame (just before the paint) and
// a task after it (the paint done; this adds the wait for the next frame, up to 16.7 ms
// at 60 Hz). The browser's own Event Timing entries (what INP is made of) are counted.
// Then the same timing on a page whose button changes its heading with one line of
// JavaScript: the floor of this measurement in this browser.
//   cargo run -q --bin assess -- questions > target/questions.json
//   node scripts/interaction.mjs [dist] [--port N] [--cpu-slowdown 4] [--runs 1] [--verbose]
//     [--profile]   also records a CPU profile of the journeys (Chromium's sampling
//                   profiler) and prints the functions with the most time of their own:
//                   build with data-keep-debug="true" data-wasm-opt="0" to see the
//                   WebAssembly's function names
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "@playwright/test";
import { CHROME_FLAGS, CHROME_PATH, commandLine, freePort, runScript, serve } from "./local-browser.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const { option, flag, positional } = commandLine();
const dist = resolve(positional[0] ?? "dist");
const slowdown = Number(option("--cpu-slowdown") ?? 1);
const runs = Number(option("--runs") ?? 1);
const TARGET_MS = 16;

// Every question and its answers, from `assess questions`.
const catalogue = JSON.parse(readFileSync(join(root, "target/questions.json"), "utf8"));
const questions = new Map(catalogue.map((q) => [q.id, q]));

// A long, ordinary journey: sciatica after lifting, no warning signs, every
// questionnaire asked (the answers the engine benchmark uses).
const JOURNEY = {
  saddle_numbness: "no", bladder_bowel: ["none"], leg_weakness: "no", tearing_pain: "no", faint: "no",
  trauma: "no", fever: "no", cancer_history: "no", weight_loss: "no", medical_risks: ["none"],
  age: 38, sex: "male", location: ["lower_back_left", "buttock_left", "thigh_back_left", "below_knee_left", "foot_left"],
  finger_point: "no", onset: "sudden", duration: "1_to_6_weeks", trigger: "lifting",
  character: "sharp_shooting", leg_vs_back: "leg_worse", tingling: "yes", cough_sneeze: "yes",
  worse_sitting: "yes", walking_leg_pain: "no", sbt_1_leg: "agree", sbt_2_shoulder_neck: "disagree",
  sbt_3_walk: "agree", sbt_4_dress: "agree", sbt_5_safe: "disagree", sbt_6_worry: "agree",
  sbt_7_terrible: "disagree", sbt_8_enjoy: "disagree", sbt_9_bothersome: "very_much",
  activity_level: "very_active", weight: "no", ergonomics: "yes",
};

/** The journey's answer, else "not sure", else "no"/"none" (as tests/e2e/checker.mjs). */
function answerFor(q) {
  const wanted = JOURNEY[q.id];
  if (q.kind === "number") return wanted ?? 40;
  const ids = q.answers.map((a) => a.id);
  if (wanted !== undefined && [wanted].flat().every((a) => ids.includes(a))) return wanted;
  for (const pick of ["not_sure", "none", "no", "disagree"]) if (ids.includes(pick)) return q.kind === "multi" ? [pick] : pick;
  return q.kind === "multi" ? [ids[0]] : ids[0];
}

// Runs in the page before anything else: times every step from click to painted screen.
function instrument() {
  window.__steps = [];
  window.__slowEvents = [];
  let clickAt = null;
  let shown = null;
  addEventListener("click", (event) => (clickAt = event.timeStamp), true);
  addEventListener("TrunkApplicationStarted", () => (window.__started = true));
  addEventListener("DOMContentLoaded", () => {
    shown = document.querySelector("h1")?.textContent;
    document.querySelector("h1")?.setAttribute("data-static", "");
  });
  new MutationObserver(() => {
    const heading = document.querySelector("h1")?.textContent;
    if (clickAt === null || heading === undefined || heading === shown) return;
    const from = shown;
    const start = clickAt;
    const updated = performance.now() - start;
    shown = heading;
    clickAt = null;
    requestAnimationFrame(() =>
      setTimeout(() => window.__steps.push({ from, to: heading, updated, ms: performance.now() - start }), 0),
    );
  }).observe(document, { subtree: true, childList: true, characterData: true });
  // Event Timing: every interaction (its events share an id) that took 16 ms or more
  // from input to the next paint, in 8 ms steps.
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.interactionId) window.__slowEvents.push({ id: e.interactionId, name: e.name, duration: e.duration });
    }
  }).observe({ type: "event", durationThreshold: 16, buffered: true });
}

/** A new page, its CPU slowed down when asked. */
async function newPage(browser) {
  const page = await browser.newPage();
  if (slowdown > 1) {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: slowdown });
  }
  return page;
}

/** Self time by function over the journeys' CPU profiles (`--profile`). */
const selfTime = new Map();

function addProfile(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const gaps = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id).callFrame;
    const name = frame.functionName || `(${frame.url.split("/").pop() || "program"})`;
    selfTime.set(name, (selfTime.get(name) ?? 0) + (gaps[i] ?? 0) / 1000);
  });
}

async function journey(browser, url) {
  const page = await newPage(browser);
  const profiler = flag("--profile") ? await page.context().newCDPSession(page) : null;
  if (profiler) {
    await profiler.send("Profiler.enable");
    await profiler.send("Profiler.setSamplingInterval", { interval: 100 });
  }
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.addInitScript(instrument);
  await page.goto(url);
  // The app has replaced the start screen in index.html.
  await page.waitForFunction(() => window.__started && !document.querySelector("h1[data-static]"));
  const stepsDone = (n) => page.waitForFunction((n) => window.__steps.length >= n, n);
  if (profiler) await profiler.send("Profiler.start");
  await page.getByRole("button", { name: "Start", exact: true }).click();
  await stepsDone(1);
  // The address bar follows once the screen is painted.
  await page.waitForFunction(() => location.hash.startsWith("#/q/"));
  let step = 1;
  for (; step < 100; step++) {
    const id = /#\/q\/([a-z0-9_]+)$/.exec(page.url())?.[1];
    if (!id) break;
    const q = questions.get(id);
    if (!q) throw new Error(`no question ${id} in target/questions.json: make it again (see the top of this script)`);
    const answer = answerFor(q);
    if (q.kind === "number") {
      await page.getByLabel("Your age in years").fill(String(answer));
      await page.getByRole("button", { name: "Continue", exact: true }).click();
    } else if (q.kind === "multi") {
      for (const a of answer) {
        const text = q.answers.find((o) => o.id === a).text;
        await page.getByRole("checkbox", { name: text, exact: true }).first().check();
      }
      await page.getByRole("button", { name: "Continue", exact: true }).click();
    } else {
      const text = q.answers.find((o) => o.id === answer).text;
      await page.getByRole("button", { name: text, exact: true }).click();
    }
    await stepsDone(step + 1);
    await page.waitForFunction((id) => !location.hash.endsWith(`/q/${id}`), id);
  }
  if (!page.url().endsWith("#/result")) throw new Error(`the journey ended at ${page.url()}, not the result`);
  if (profiler) addProfile((await profiler.send("Profiler.stop")).profile);
  const result = await page.evaluate(() => ({ steps: window.__steps, slow: window.__slowEvents }));
  await page.close();
  if (errors.length) throw new Error(`errors in the page: ${errors.join("; ")}`);
  return result;
}

/** The floor of this measurement in this browser: a page whose button changes its
 * heading with one line of JavaScript, clicked as often as a journey has steps. */
async function floor(browser, url, clicks) {
  const page = await newPage(browser);
  await page.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: `<!doctype html><title>floor</title><h1>0</h1><button>Next</button>
<script>let n = 0; document.querySelector("button").onclick = () => { document.querySelector("h1").textContent = ++n; };</script>`,
    }),
  );
  await page.addInitScript(instrument);
  await page.goto(url);
  for (let i = 1; i <= clicks; i++) {
    await page.getByRole("button", { name: "Next" }).click();
    await page.waitForFunction((n) => window.__steps.length >= n, i);
  }
  const steps = await page.evaluate(() => window.__steps);
  await page.close();
  return steps;
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const port = Number(option("--port") ?? (await freePort()));
let server;
let browser;
await runScript(
  "interaction",
  async () => {
    server = await serve(dist, port);
    browser = await chromium.launch({
      executablePath: CHROME_PATH,
      args: CHROME_FLAGS,
    });
    const all = [];
    const slow = [];
    for (let run = 0; run < runs; run++) {
      const result = await journey(browser, `http://127.0.0.1:${port}/`);
      all.push(...result.steps);
      slow.push(...result.slow);
    }
    if (flag("--verbose")) {
      for (const s of all) console.log(`${s.ms.toFixed(1).padStart(7)} ms painted ${s.updated.toFixed(1).padStart(7)} ms DOM  to "${s.to.slice(0, 60)}"`);
    }
    const times = all.map((s) => s.ms);
    const updates = all.map((s) => s.updated);
    const worst = all.reduce((a, b) => (b.ms > a.ms ? b : a));
    const ms = (t) => `${t.toFixed(1).padStart(7)} ms`;
    const percentile = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))];
    console.log(`click to next screen (${dist}, CPU ${slowdown}x, ${runs} journey${runs > 1 ? "s" : ""} of ${all.length / runs} steps)`);
    console.log(`${"".padEnd(10)}${"painted".padStart(10)}${"DOM updated".padStart(14)}`);
    console.log(`${"steps".padEnd(10)}${String(times.length).padStart(10)}`);
    console.log(`${"median".padEnd(10)}${ms(median(times))}${ms(median(updates)).padStart(14)}`);
    console.log(`${"p90".padEnd(10)}${ms(percentile(times, 0.9))}${ms(percentile(updates, 0.9)).padStart(14)}`);
    console.log(`${"p95".padEnd(10)}${ms(percentile(times, 0.95))}${ms(percentile(updates, 0.95)).padStart(14)}`);
    console.log(`${"worst".padEnd(10)}${ms(Math.max(...times))}${ms(Math.max(...updates)).padStart(14)}`);
    console.log(`${`over ${TARGET_MS} ms`.padEnd(10)}${String(times.filter((t) => t >= TARGET_MS).length).padStart(10)}${String(updates.filter((t) => t >= TARGET_MS).length).padStart(14)}`);
    console.log(`worst step: to "${worst.to.slice(0, 70)}"`);
    // The floor, as many clicks as the journeys had, in the same browser and run.
    const base = [];
    for (let run = 0; run < runs; run++) base.push(...(await floor(browser, `http://127.0.0.1:${port}/__floor`, all.length / runs)));
    const floorTimes = base.map((s) => s.ms);
    const floorUpdates = base.map((s) => s.updated);
    console.log(
      `${"floor".padEnd(10)}${ms(median(floorTimes))}${ms(median(floorUpdates)).padStart(14)}` +
        "  (median: one line of JavaScript changing a heading, the same clicks and timing)",
    );
    console.log(`${"floor p95".padEnd(10)}${ms(percentile(floorTimes, 0.95))}${ms(percentile(floorUpdates, 0.95)).padStart(14)}`);
    console.log(
      `p95 over the floor: painted ${(percentile(times, 0.95) - percentile(floorTimes, 0.95)).toFixed(1)} ms, ` +
        `the app's own work (DOM updated) ${percentile(updates, 0.95).toFixed(1)} ms`,
    );
    if (flag("--profile")) {
      const busy = [...selfTime].filter(([name]) => !/^\((idle|program|garbage collector)\)$/.test(name));
      const total = busy.reduce((n, [, ms]) => n + ms, 0);
      console.log(`CPU profile: ${total.toFixed(0)} ms busy in the journeys (the test driver's waits excluded); most time of their own:`);
      for (const [name, ms] of busy.sort((a, b) => b[1] - a[1]).slice(0, Number(option("--top") ?? 25))) {
        console.log(`${ms.toFixed(1).padStart(9)} ms  ${name.length > 100 ? `${name.slice(0, 97)}...` : name}`);
      }
    }
    // One figure per interaction: its longest event.
    const interactions = new Map();
    for (const e of slow) interactions.set(e.id, Math.max(interactions.get(e.id) ?? 0, e.duration));
    const durations = [...interactions.values()];
    console.log(
      `Event Timing: ${durations.length} interaction${durations.length === 1 ? "" : "s"} of 16 ms or more` +
        (durations.length ? `, worst ${Math.max(...durations)} ms` : ""),
    );
  },
  async () => {
    await browser?.close();
    server?.kill();
  },
);
