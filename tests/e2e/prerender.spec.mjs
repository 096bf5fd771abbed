// The start screen in index.html: it shows before the WebAssembly has loaded, the app
// takes it over without a visible change or a layout shift, nothing the person did on
// it meanwhile is lost, and it says why where the checker cannot run.
import { test, expect } from "./fixtures.mjs";
import { Checker } from "./checker.mjs";

/** Holds the WebAssembly download until the returned function is called. */
async function holdWasm(page) {
  let release;
  const released = new Promise((done) => (release = done));
  await page.route(/_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** Records layout shifts and the app's start (Trunk's loader dispatches the event). */
async function watch(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => window.__shifts.push(...list.getEntries().map((e) => e.value))).observe({
      type: "layout-shift",
      buffered: true,
    });
    addEventListener("TrunkApplicationStarted", () => (window.__started = true));
    addEventListener("DOMContentLoaded", () => (document.querySelector("h1").dataset.static = "yes"));
  });
}

/** Waits until the app has replaced the start screen, and boot.js has done its part. */
async function started(page) {
  await page.waitForFunction(() => window.__started && !document.querySelector("h1[data-static]"));
  await page.evaluate(() => new Promise((done) => setTimeout(() => requestAnimationFrame(() => setTimeout(done, 0)), 0)));
}

test("the start screen paints before the WebAssembly and the app takes it over unchanged", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  await page.goto("./");
  const heading = page.getByRole("heading", { level: 1, name: "Check your back or hip pain" });
  await expect(heading).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeVisible();
  await expect(page.getByRole("checkbox", { name: "Save my answers on this device" })).not.toBeChecked();
  // The header and the start screen, as painted from index.html alone.
  await expect(page.locator("h1[data-static]")).toHaveCount(1);
  const area = await page.evaluate(() => {
    const main = document.querySelector("main").getBoundingClientRect();
    return { x: 0, y: 0, width: document.documentElement.clientWidth, height: Math.ceil(main.bottom) };
  });
  const before = await page.screenshot({ clip: area });

  release();
  await started(page);
  // The app's own elements now, the same pixels, and nothing moved.
  await expect(page.locator("h1[data-static]")).toHaveCount(0);
  await expect(heading).toBeVisible();
  const after = await page.screenshot({ clip: area });
  expect(after.equals(before), "the app's start screen looks exactly like the one in index.html").toBe(true);
  expect(await page.evaluate(() => window.__shifts)).toEqual([]);
});

test("the largest paint is the start screen from index.html: none comes after the app takes over, in five loads (the first, then from the offline copy)", async ({ page }) => {
  await page.addInitScript(() => {
    window.__lcp = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__lcp.push({ at: e.startTime, size: e.size, tag: e.element?.tagName ?? "(removed)" });
    }).observe({ type: "largest-contentful-paint", buffered: true });
    addEventListener("DOMContentLoaded", () => {
      document.querySelector("h1").dataset.static = "yes";
      // The moment the app replaces the start screen's elements with its own.
      new MutationObserver((_, observer) => {
        if (!document.querySelector("h1[data-static]")) {
          window.__takeover = performance.now();
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
    });
  });
  for (let run = 1; run <= 5; run++) {
    if (run === 1) await page.goto("./");
    else await page.reload();
    await page.waitForFunction(() => window.__takeover !== undefined);
    // Long enough for a paint of the app's screen to be reported, had there been one.
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 200)))));
    const { lcp, takeover } = await page.evaluate(() => ({ lcp: window.__lcp, takeover: window.__takeover }));
    expect(lcp.length, `run ${run}: a largest paint is reported`).toBeGreaterThan(0);
    const late = lcp.filter((e) => e.at > takeover);
    expect(late, `run ${run}: largest paints ${JSON.stringify(lcp)}, the app took over at ${takeover.toFixed(1)} ms`).toEqual([]);
  }
});

test("the web app manifest is linked only after the app has started, not with the first screen", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  await page.goto("./");
  await expect(page.locator(".welcome .start")).toBeVisible();
  expect(await page.locator('link[rel="manifest"]').count(), "no manifest link before the app has started").toBe(0);
  release();
  await started(page);
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "manifest.webmanifest", { timeout: 15_000 });
});

test("Start before the app has loaded shows the first question from index.html, and the app takes it over unchanged", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  const heading = page.getByRole("heading", { level: 1, name: /^Did a sudden, very bad tearing or ripping pain start/ });
  await expect(heading).toBeFocused();
  await expect(page).toHaveURL(/#\/q\/tearing_pain$/);
  await expect(page.getByRole("button", { name: "No", exact: true })).toBeVisible();
  const markup = () => page.evaluate(() => document.querySelector("main").innerHTML.replace(/>\s+</g, "><").trim());
  // The header and the question (the app adds its footer below them, from the last row).
  const area = await page.evaluate(() => {
    const main = document.querySelector("main").getBoundingClientRect();
    return { x: 0, y: 0, width: document.documentElement.clientWidth, height: Math.floor(main.bottom) };
  });
  const before = { markup: await markup(), pixels: await page.screenshot({ clip: area }) };
  await page.evaluate(() => {
    window.__takeoverShifts = [];
    // Not the shift of the click on Start itself (made by the person's input).
    const shifts = (list) => list.getEntries().filter((e) => !e.hadRecentInput).map((e) => e.value);
    new PerformanceObserver((list) => window.__takeoverShifts.push(...shifts(list))).observe({ type: "layout-shift" });
  });

  release();
  await started(page);
  // The app's own question now: the same markup, the same pixels, nothing moved, the
  // focus still on its heading, and the count and address as the app's own Start gives.
  await expect(page.locator("#first-question")).toHaveCount(0);
  expect(await markup()).toBe(before.markup);
  expect((await page.screenshot({ clip: area })).equals(before.pixels), "the app's first question looks exactly like the one in index.html").toBe(true);
  expect(await page.evaluate(() => window.__takeoverShifts)).toEqual([]);
  await expect(heading).toBeFocused();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
});

for (const [answer, after] of [["No", /#\/q\/faint$/], ["Yes", /#\/result$/]]) {
  test(`"${answer}" to the first question before the app has loaded is the app's answer once it has`, async ({ page }) => {
    const release = await holdWasm(page);
    const checker = new Checker(page);
    await page.goto("./");
    await page.getByRole("button", { name: "Start" }).click();
    const choice = page.getByRole("button", { name: answer, exact: true });
    await choice.click();
    await expect(choice).toHaveAttribute("aria-pressed", "true");
    await expect(choice).toHaveClass("choice chosen");
    release();
    await checker.waitForUrl(after);
    if (answer === "Yes") {
      // A warning sign answered before the app had loaded still brings the emergency advice.
      expect(await checker.triageLevel()).toBe("ambulance");
    }
    // Given once: back on the first question, it is the answer chosen there.
    await page.goBack();
    await checker.waitForUrl(/#\/q\/tearing_pain$/);
    await expect(page.getByRole("button", { name: answer, exact: true })).toHaveAttribute("aria-pressed", "true");
  });
}

test("Back on the first question shown before the app has loaded returns to the start screen", async ({ page }) => {
  const release = await holdWasm(page);
  const checker = new Checker(page);
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Back" }).click();
  await expect(page.getByRole("button", { name: "Start" })).toBeFocused();
  await expect(page).not.toHaveURL(/#\/q\//);
  release();
  await checker.ready();
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await checker.waitForUrl(/#\/q\/tearing_pain$/);
});

test("a double click on Start before the app has loaded answers nothing on the first question", async ({ page }) => {
  const release = await holdWasm(page);
  const checker = new Checker(page);
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).dblclick();
  const chosen = page.locator(".choices button[aria-pressed=true]");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("tearing or ripping pain");
  await expect(chosen).toHaveCount(0);
  release();
  await checker.ready();
  await checker.waitForUrl(/#\/q\/tearing_pain$/);
  await page.waitForTimeout(250);
  await expect(page).toHaveURL(/#\/q\/tearing_pain$/);
  await expect(chosen).toHaveCount(0);
});

test("what the person does before the app has loaded is done again in the app", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  const checker = new Checker(page);
  await page.goto("./");
  await page.getByRole("checkbox", { name: "Save my answers on this device" }).check();
  await page.getByRole("button", { name: "Start" }).click();
  release();
  await checker.waitForUrl(/#\/q\//);
  // The save choice reached the app: the first answer is kept on the device.
  const first = checker.currentQuestion();
  await checker.answer(first, checker.fallback(first));
  const saved = await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("backhip.")));
  expect(saved.length).toBeGreaterThan(0);
});

test("focus on the start screen stays where it was when the app takes over", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  await page.goto("./");
  const box = page.getByRole("checkbox", { name: "Save my answers on this device" });
  await box.focus();
  await page.keyboard.press("Space");
  await expect(box).toBeChecked();
  release();
  await started(page);
  await expect(page.locator("h1[data-static]")).toHaveCount(0);
  await expect(box).toBeChecked();
  await expect(box).toBeFocused();
});

test("embedded with compact=1, the first screen's header is the About link alone too", async ({ page }) => {
  await watch(page);
  const release = await holdWasm(page);
  await page.goto("./?compact=1");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  const compact = async () => {
    await expect(page.locator(".app-header.compact")).toHaveCount(1);
    await expect(page.locator(".app-name")).toHaveCount(0);
    await expect(page.getByRole("link", { name: "About this checker" })).toBeVisible();
  };
  await compact();
  // boot.js trims the header as soon as it runs, which can be just after the first
  // paint (a small shift then), but the app's takeover moves nothing.
  const shifts = await page.evaluate(() => window.__shifts.length);
  release();
  await started(page);
  await compact();
  expect(await page.evaluate(() => window.__shifts.length)).toBe(shifts);
});

test("without WebAssembly the start screen says why instead of offering Start", async ({ context }) => {
  // A page of its own: Trunk's loader fails here, which the shared page would report.
  const page = await context.newPage();
  await page.addInitScript(() => delete globalThis.WebAssembly);
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "This browser cannot run the checker" })).toBeVisible();
  // What the checker would have said first: when to call for help now.
  const notice = page.locator("#no-wasm");
  await expect(notice.getByText("Call your local emergency number now if:")).toBeVisible();
  await expect(notice.getByRole("listitem")).toHaveText([
    "a sudden, very bad pain started in your back or tummy, or you feel faint",
    "you cannot stand after a fall",
    "your legs are getting weak or numb",
    "you have new numbness around your genitals or back passage, or new problems peeing or with your bowels",
  ]);
  await expect(page.getByRole("button", { name: "Start" })).toHaveCount(0);
  await expect(page.getByRole("checkbox")).toHaveCount(0);
});

test("without JavaScript the start screen says why instead of offering Start", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  // (Playwright's text and role locators skip <noscript>; CSS ones do not.)
  await expect(page.locator("noscript h2")).toHaveText("Please turn on JavaScript");
  await expect(page.locator("noscript h2")).toBeVisible();
  await expect(page.locator("noscript li")).toHaveCount(4);
  await expect(page.locator("noscript li").nth(1)).toBeVisible();
  await expect(page.getByRole("button", { name: "Start" })).toBeHidden();
  await expect(page.getByRole("checkbox")).toBeHidden();
  await context.close();
});
