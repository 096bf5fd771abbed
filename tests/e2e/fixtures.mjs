// Shared test set-up: every test fails on a console error or an uncaught page error.
import { test as base, expect } from "@playwright/test";

export const test = base.extend({
  page: async ({ page }, use) => {
    const problems = [];
    page.on("console", (msg) => {
      if (msg.type() === "error") problems.push(`console error: ${msg.text()}`);
    });
    page.on("pageerror", (err) => problems.push(`page error: ${err.message}`));
    await use(page);
    expect(problems, "console and page errors").toEqual([]);
  },
});

export { expect };

/** A screenshot of the whole page, as someone scrolling through it sees it, saved for
 * people to look at. The window is made as tall as the page first: the browser draws the
 * result's cards only near the screen (`content-visibility: auto`), so a plain full-page
 * screenshot would show them empty. Fails if any of the page is still left undrawn. */
export async function screenshotWhole(page, path) {
  const viewport = page.viewportSize();
  for (let tries = 0; tries < 4; tries++) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    if (height <= page.viewportSize().height) break;
    await page.setViewportSize({ width: viewport.width, height });
  }
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  const undrawn = await page.evaluate(() =>
    [...document.querySelectorAll("body *")].filter(
      (e) => e.checkVisibility() && !e.checkVisibility({ contentVisibilityAuto: true }),
    ).length,
  );
  expect(undrawn, `parts of the page left undrawn in ${path}`).toBe(0);
  const shot = await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
  return shot;
}
