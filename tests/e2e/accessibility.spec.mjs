// Accessibility (WCAG 2.2 AA) against the release build:
// - axe-core on every screen of the journeys, at phone and desktop width;
// - a whole journey with the keyboard alone (focus to each new heading, a visible focus
//   indicator on every stop, no keyboard traps);
// - what screen readers need (live progress, the triage level announced, the body map's
//   text equivalent);
// - reduced motion and forced colours, and reflow at 320 CSS px (200 % zoom).
//
// Every test runs once per language in LANGUAGES, chosen with the `?lang=` setting. Add a
// language here when its translation file is in i18n/ (an unknown code is ignored by the
// app with a console warning, which the fixture allows: it fails on errors only).
import { readFileSync } from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { test, expect } from "./fixtures.mjs";
import { Checker, MUSCLE_STRAIN, NO_RED_FLAGS } from "./checker.mjs";

const LANGUAGES = ["en", "es"];
const WIDTHS = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 900 } };
const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// Every question and its answer texts, from `assess questions` (written by test.sh).
const QUESTIONS = new Map(JSON.parse(readFileSync(new URL("../../target/questions.json", import.meta.url))).map((q) => [q.id, q]));

/** The text of answer `answer` of question `question`, in the checker's language. */
function answerText(checker, question, answer) {
  return checker.text(`answer.${question}.${answer}`, QUESTIONS.get(question).answers.find((a) => a.id === answer).text);
}

/**
 * A recent ache after lifting, no warning signs: self-care so far, so the STarT Back
 * questions are asked (they could still make it a physiotherapist's check).
 */
const STRAIN = { ...MUSCLE_STRAIN, sbt_1_leg: "agree" };

/** Opens the checker in `lang` and waits for the start screen. */
async function open(page, lang) {
  const checker = new Checker(page, lang);
  await checker.open(`./?lang=${lang}`);
  return checker;
}

/**
 * Walks every screen of the journeys and calls `visit(name)` on each: start, a warning
 * sign question, the number question, the body map, a question with its help open, a
 * STarT Back question, the result, review, summary, about, the emergency screen and the
 * out-of-scope result (age 12).
 */
async function everyScreen(page, lang, visit) {
  let checker = await open(page, lang);
  await visit("welcome");
  await checker.start();
  await visit("warning sign question");
  let helpShown = false;
  await checker.complete(STRAIN, async (id) => {
    if (id === "age") await visit("number question");
    if (id === "location") {
      // One region chosen, so the chosen look and the live summary are checked too.
      const region = page.getByRole("checkbox", { name: answerText(checker, "location", "buttock_left"), exact: true }).first();
      await region.check();
      await visit("body map");
      await region.uncheck();
    }
    if (id === "sbt_1_leg") await visit("STarT Back question");
    const help = page.locator("details.help > summary");
    if (!helpShown && id !== "tearing_pain" && id !== "location" && (await help.count()) > 0) {
      helpShown = true;
      await help.click();
      await expect(page.locator("details.help")).toHaveAttribute("open", "");
      await visit("question with help open");
    }
  });
  expect(helpShown, "the journey met a question with help").toBe(true);
  await visit("result");
  await page.getByRole("button", { name: checker.text("result.review", "Check or change my answers") }).click();
  await visit("review");
  await page.getByRole("button", { name: checker.text("review.see_result", "See my result") }).click();
  await page.getByRole("button", { name: checker.text("result.summary", "Summary for a doctor") }).click();
  await expect(page.locator(".summary-page .made")).toBeVisible();
  await visit("summary");
  await page.getByRole("link", { name: checker.text("app.about", "About this checker") }).click();
  await expect(page).toHaveURL(/#\/about$/);
  await visit("about");

  checker = await open(page, lang);
  await checker.start();
  await checker.calmUntil("saddle_numbness");
  await checker.answer("saddle_numbness", "yes");
  await expect(page).toHaveURL(/#\/result$/);
  await visit("emergency");

  checker = await open(page, lang);
  await checker.start();
  await checker.complete({ ...NO_RED_FLAGS, age: 12 });
  await expect(page.locator("[data-level]").first()).toBeVisible();
  await visit("out of scope (age 12)");
}

/** Runs axe with the WCAG 2.2 AA tags; returns the violations and the number of passes. */
async function axe(page) {
  // Let the screen settle: the heading focused, live regions filled.
  await page.waitForTimeout(50);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return { violations: results.violations, passes: results.passes.length };
}

function describeViolations(rows) {
  return rows
    .filter((r) => r.violations.length > 0)
    .flatMap((r) =>
      r.violations.map(
        (v) => `${r.screen}: ${v.id} (${v.impact}) ${v.help}\n    ${v.nodes.map((n) => n.target.join(" ")).join("\n    ")}`,
      ),
    )
    .join("\n");
}

function printTable(title, rows) {
  const header = ["screen", "violations", "passes"];
  const lines = rows.map((r) => [r.screen, String(r.violations.length), String(r.passes)]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i].length)));
  const line = (cells) => cells.map((c, i) => c.padEnd(widths[i])).join(" | ");
  console.log(`\n${title}\n${line(header)}\n${widths.map((w) => "-".repeat(w)).join("-|-")}\n${lines.map(line).join("\n")}\n`);
}

// ---------------------------------------------------------------- the keyboard

/** What has focus: enough to find a control, and whether its focus can be seen. */
function focusState(page) {
  return page.evaluate(() => {
    const where = (node) => {
      const path = [];
      for (; node.parentElement; node = node.parentElement) path.unshift([...node.parentElement.children].indexOf(node));
      return path.join(".");
    };
    const el = document.activeElement;
    if (!el || el === document.body || el === document.documentElement) return null;
    const style = getComputedStyle(el);
    const labelled = el.getAttribute("aria-label") ?? (el.labels?.[0]?.textContent || null);
    const svg = el instanceof SVGElement;
    return {
      // Where it is in the page (controls may share a name: "More about this cause").
      key: [el.tagName.toLowerCase(), el.id, el.getAttribute("data-option") ?? "", labelled ?? el.textContent.trim(), where(el)].join("|"),
      tag: el.tagName.toLowerCase(),
      id: el.id,
      role: el.getAttribute("role") ?? (el.tagName === "INPUT" ? el.type : el.tagName.toLowerCase()),
      name: (labelled ?? el.textContent).trim(),
      checked: el.getAttribute("aria-checked") === "true" || el.checked === true,
      focusVisible: el.matches(":focus-visible"),
      // The indicator: an outline or a box shadow; body map shapes show a thick stroke
      // in the focus colour instead (a box would cover their neighbours).
      indicator: svg
        ? parseFloat(style.strokeWidth) >= 3 && style.stroke !== "none"
        : (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2) || style.boxShadow !== "none",
      inFooter: !!el.closest("footer"),
    };
  });
}

/** Focus moves checked, for the report. */
let focusMoves = 0;

/** Presses `key` and checks the new focus can be seen; returns it (null: left the page). */
async function press(page, key) {
  await page.keyboard.press(key);
  focusMoves++;
  const state = await focusState(page);
  if (state) {
    expect(state.focusVisible, `${state.key} matches :focus-visible after ${key}`).toBe(true);
    expect(state.indicator, `${state.key} shows a focus indicator`).toBe(true);
  }
  return state;
}

/** Tabs (or Shift+Tabs) until `wanted(focus)`; fails if focus leaves the page first. */
async function tabTo(page, wanted, key = "Tab", what = "the control") {
  for (let i = 0; i < 120; i++) {
    const state = await press(page, key);
    if (!state) break;
    if (wanted(state)) return state;
  }
  throw new Error(`${key} never reached ${what}`);
}

/**
 * From the current focus, Tabs through every control to the end of the page: each stop
 * is met once, the last is the language menu in the footer, and the next Tab moves on
 * (out of the page, or round to the skip link): no trap. Then Shift+Tab comes back to
 * the language menu. Returns the stops.
 */
async function tabThroughAll(page, screen) {
  const stops = [];
  let state;
  for (let i = 0; i < 150; i++) {
    state = await press(page, "Tab");
    // After the last control, focus leaves the page (or wraps round to its start).
    if (!state || stops.at(-1)?.id === "language") break;
    expect(stops.map((s) => s.key), `${screen}: Tab does not come back to ${state.key}`).not.toContain(state.key);
    stops.push(state);
  }
  expect(stops.length, `${screen}: Tab reaches some controls`).toBeGreaterThan(0);
  expect(stops.at(-1).id, `${screen}: the last stop is the language menu`).toBe("language");
  expect(state?.id, `${screen}: Tab from the language menu moves on`).not.toBe("language");
  if (state) await expect(page.locator(".skip-link"), `${screen}: Tab from the end wraps round to the start`).toBeFocused();
  // Shift+Tab comes back to the language menu (from the skip link, by way of the
  // browser's own controls).
  let back = await press(page, "Shift+Tab");
  if (state && !back) back = await press(page, "Shift+Tab");
  expect(back?.id, `${screen}: Shift+Tab comes back to the language menu`).toBe("language");
  return stops;
}

/** The new screen's heading has focus and says `text`. */
async function expectHeadingFocused(page, text) {
  const heading = page.locator("h1#page-title");
  await expect(heading).toHaveText(text);
  await expect.poll(() => page.evaluate(() => document.activeElement?.id), { message: `focus on the heading "${text}"` }).toBe("page-title");
  await expect(heading).toBeFocused();
}

for (const lang of LANGUAGES) {
  test.describe(`[${lang}]`, () => {
    for (const [width, viewport] of Object.entries(WIDTHS)) {
      test(`axe finds no WCAG 2.2 AA violation on any screen at ${width} width`, async ({ page }) => {
        await page.setViewportSize(viewport);
        const rows = [];
        await everyScreen(page, lang, async (screen) => rows.push({ screen, ...(await axe(page)) }));
        printTable(`axe, ${lang}, ${width} (${viewport.width}×${viewport.height}), tags ${WCAG_TAGS.join(" ")}`, rows);
        expect(rows.length).toBe(12);
        expect(describeViolations(rows), "axe violations").toBe("");
      });
    }

    test("a whole journey with the keyboard alone", async ({ page }) => {
      focusMoves = 0;
      const checker = await open(page, lang);
      const answers = {
        ...NO_RED_FLAGS, age: 68, sex: "female",
        location: ["groin_right", "thigh_front_right"], onset: "gradual", duration: "over_3_months",
        trigger: "nothing", character: "dull_ache", socks_shoes: "yes", limp: "yes", stairs_chair: "yes",
        activity_pain: "worse_with_activity", morning_stiffness: "under_30_min", clicking_locking: "no",
        pivoting_pain: "no", worse_lying_side: "no", night_pain: "only_turning", other_joints: "no",
        tingling: "no", walking_leg_pain: "no", activity_level: "some", weight: "yes", ergonomics: "no",
      };

      // The start screen: every control, then back to Start with Shift+Tab, and Enter.
      const welcome = await tabThroughAll(page, "welcome");
      expect(welcome[0].name, "the first stop is the skip link").toBe(checker.text("app.skip", "Skip to main content"));
      await tabTo(page, (f) => f.name === checker.text("welcome.start", "Start"), "Shift+Tab", "Start");
      await page.keyboard.press("Enter");
      await checker.waitForUrl(/#\/q\//);

      const audited = new Set();
      let helpOpened = false;
      let steps = 0;
      for (; steps < 80; steps++) {
        const m = /#\/q\/([a-z0-9_]+)$/.exec(page.url());
        if (!m) break;
        const id = m[1];
        const q = QUESTIONS.get(id);
        const title = checker.text(`question.${id}.text`, q.text);
        await expectHeadingFocused(page, title);
        const value = id in answers ? answers[id] : checker.fallback(id);
        const optionText = (a) => answerText(checker, id, a);

        // Once per kind of screen, and on the first question: Tab through everything.
        const kind = id === "location" ? "map" : q.kind;
        if (!audited.has(kind)) {
          audited.add(kind);
          const stops = await tabThroughAll(page, id);
          if (kind === "map") {
            const regions = stops.filter((s) => s.tag === "path");
            // Each option is one stop on the map, and once more in the list.
            expect(regions.length, "every region of the map is a Tab stop").toBe(q.answers.length);
            expect(stops.filter((s) => s.role === "checkbox" && s.tag === "input").length).toBe(q.answers.length);
          }
          // Back up through every control with Shift+Tab to the header link, the last
          // stop before the question; from there Tab goes forward again.
          await tabTo(page, (f) => f.name === checker.text("app.about", "About this checker"), "Shift+Tab", "the header link");
        }
        if (!helpOpened && (await page.locator("details.help").count()) > 0 && kind === "single") {
          // "What does this mean?" opens with the keyboard.
          await tabTo(page, (f) => f.tag === "summary", "Tab", "the help");
          await page.keyboard.press("Enter");
          await expect(page.locator("details.help")).toHaveAttribute("open", "");
          helpOpened = true;
        }

        if (q.kind === "number") {
          await tabTo(page, (f) => f.tag === "input", "Tab", "the number field");
          // Type one less, then the up arrow adds one.
          await page.keyboard.type(String(value - 1));
          await page.keyboard.press("ArrowUp");
          await expect(page.locator("input[type=number]")).toHaveValue(String(value));
          await page.keyboard.press("Enter");
        } else if (q.kind === "multi") {
          const wanted = new Set([value].flat().map(optionText));
          const cont = checker.text("question.continue", "Continue");
          // Tab through map regions and checkboxes, Space on each wanted one not yet chosen.
          for (let i = 0; i < 100; i++) {
            const f = await press(page, "Tab");
            expect(f, "focus stays on the page before Continue").not.toBeNull();
            if (f.role === "checkbox" && wanted.has(f.name) && !f.checked) {
              await page.keyboard.press("Space");
              expect((await focusState(page)).checked, `${f.name} is chosen with Space`).toBe(true);
            }
            if (f.tag === "button" && f.name === cont) break;
          }
          for (const name of wanted) {
            await expect(page.getByRole("checkbox", { name, exact: true }).last()).toBeChecked();
          }
          if (id === "location") {
            // The map's text equivalent: the live summary names every chosen place.
            const summary = page.locator(".body-map-summary");
            await expect(summary).toHaveAttribute("aria-live", "polite");
            for (const name of wanted) await expect(summary).toContainText(name);
            for (const name of wanted) await expect(page.getByRole("checkbox", { name, exact: true }).first()).toBeChecked();
          }
          await page.keyboard.press("Enter");
        } else {
          const text = optionText(value);
          await tabTo(page, (f) => f.tag === "button" && f.name === text, "Tab", `the answer "${text}"`);
          // Enter and Space both choose.
          await page.keyboard.press(steps % 2 ? "Space" : "Enter");
        }
        await expect(page.locator("h1#page-title")).not.toHaveText(title);
        await expect(page).not.toHaveURL(new RegExp(`#/q/${id}$`));
      }
      expect(helpOpened, "a help text was opened").toBe(true);
      expect(steps).toBeGreaterThan(15);
      await expect(page).toHaveURL(/#\/result$/);

      // The result: focus on its heading; its level is announced; every control reachable.
      await expectHeadingFocused(page, checker.text("result.title", "Your result"));
      await expect(page.locator('[role="status"][data-level]')).toHaveAttribute("data-level", "consultation");
      const stops = await tabThroughAll(page, "result");
      expect(stops.filter((s) => s.tag === "summary").length, "each cause's details open from the keyboard").toBeGreaterThan(0);
      await tabTo(page, (f) => f.name === checker.text("result.review", "Check or change my answers"), "Shift+Tab", "review");
      await page.keyboard.press("Enter");
      await expectHeadingFocused(page, checker.text("review.title", "Check your answers"));
      await tabThroughAll(page, "review");
      await tabTo(page, (f) => f.name === checker.text("review.see_result", "See my result"), "Shift+Tab", "see my result");
      await page.keyboard.press("Space");
      await expectHeadingFocused(page, checker.text("result.title", "Your result"));
      expect((await checker.conditions())[0]).toBe("hip_osteoarthritis");
      expect(await checker.triageLevel()).toBe("consultation");
      console.log(`\nkeyboard journey, ${lang}: ${steps} questions, ${focusMoves} focus moves (Tab / Shift+Tab), each with a visible focus indicator\n`);
    });

    for (const colorScheme of ["light", "dark"]) {
      test(`focus rings stand out from what is around them (${colorScheme})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme });
        const checker = await open(page, lang);
        // Contrast of the focused element's outline against the background behind it
        // (the nearest ancestor with one): at least 3:1 (WCAG 1.4.11).
        const ringContrast = () =>
          page.evaluate(() => {
            const rgb = (c) => c.match(/[\d.]+/g).slice(0, 4).map(Number);
            const lum = ([r, g, b]) => {
              const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
              return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
            };
            const el = document.activeElement;
            let behind = el.parentElement;
            while (behind && (rgb(getComputedStyle(behind).backgroundColor)[3] ?? 1) === 0) behind = behind.parentElement;
            const bg = behind ? getComputedStyle(behind).backgroundColor : getComputedStyle(document.body).backgroundColor;
            const [a, b] = [lum(rgb(getComputedStyle(el).outlineColor)), lum(rgb(bg))];
            return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          });
        await press(page, "Tab");
        expect(await ringContrast(), "skip link").toBeGreaterThanOrEqual(3);
        await tabTo(page, (f) => f.name === checker.text("welcome.start", "Start"), "Tab", "Start");
        expect(await ringContrast(), "primary button").toBeGreaterThanOrEqual(3);
        await page.keyboard.press("Enter");
        await checker.waitForUrl(/#\/q\//);
        await tabTo(page, (f) => f.name === answerText(checker, "tearing_pain", "yes"), "Tab", "Yes");
        expect(await ringContrast(), "answer button").toBeGreaterThanOrEqual(3);
        await page.keyboard.press("Enter");
        await expect(page).toHaveURL(/#\/result$/);
        await tabTo(page, (f) => f.tag === "a", "Tab", "the call link");
        expect(await ringContrast(), "call link on the emergency banner").toBeGreaterThanOrEqual(3);
      });
    }

    test("screen readers hear the progress, the triage level and the body map's choices", async ({ page }) => {
      const checker = await open(page, lang);
      await checker.start();
      // Progress is a polite live region, and the bar is named by it.
      const progress = page.locator("#progress-label");
      await expect(progress).toHaveAttribute("aria-live", "polite");
      await expect(progress).toHaveText(/1/);
      await expect(page.getByRole("progressbar")).toHaveAccessibleName(await progress.textContent());
      await checker.answer("tearing_pain", "no");
      await expect(progress).toHaveText(/2/);

      await checker.complete({ ...NO_RED_FLAGS, age: 40 }, async (id) => {
        if (id !== "location") return;
        // The body map: a group per view of named checkboxes, the same list as real
        // checkboxes, and a live summary of what is chosen.
        await expect(page.getByRole("group", { name: checker.text("bodymap.back.label", "Back view of the body") })).toBeVisible();
        await expect(page.getByRole("group", { name: checker.text("bodymap.front.label", "Front view of the body") })).toBeVisible();
        const summary = page.locator(".body-map-summary");
        await expect(summary).toHaveAttribute("aria-live", "polite");
        await expect(summary).toHaveText(checker.text("bodymap.none", "Nothing chosen yet"));
        const name = answerText(checker, "location", "lower_back_centre");
        await page.getByRole("checkbox", { name, exact: true }).first().check();
        await expect(summary).toContainText(name);
        await expect(page.getByRole("checkbox", { name, exact: true }).last()).toBeChecked();
      });
      // The triage level is in a status region; focus is on the result's heading.
      const status = page.locator('[role="status"][data-level]');
      await expect(status).toBeVisible();
      await expect(page.locator("h1#page-title")).toBeFocused();
      await expect(page.locator("h1#page-title")).toHaveAttribute("aria-describedby", /triage-title/);

      // The emergency screen is an alert.
      await open(page, lang);
      await checker.start();
      await checker.calmUntil("saddle_numbness");
      await checker.answer("saddle_numbness", "yes");
      await expect(page.getByRole("alert").filter({ has: page.getByRole("heading", { level: 1 }) })).toBeVisible();
    });

    test("reduced motion and forced colours: every screen still shows its content", async ({ page }) => {
      await page.setViewportSize(WIDTHS.desktop);
      await page.emulateMedia({ reducedMotion: "reduce", forcedColors: "active" });
      const rows = [];
      await everyScreen(page, lang, async (screen) => {
        await expect(page.locator("h1#page-title")).toBeVisible();
        // Nothing drawn in a colour the forced palette could hide: text, borders and
        // the map's shapes all keep a colour of their own.
        const lost = await page.evaluate(() => {
          const problems = [];
          for (const el of document.querySelectorAll("main *")) {
            const s = getComputedStyle(el);
            if (s.display === "none" || s.visibility === "hidden") continue;
            if (el.closest(".visually-hidden")) continue;
            if (s.transitionDuration.split(",").some((d) => parseFloat(d) > 0)) problems.push(`${el.tagName} .${el.className?.baseVal ?? el.className}: transition with reduced motion`);
            if (s.animationName !== "none") problems.push(`${el.tagName}: animation with reduced motion`);
            if (el.textContent.trim() && el.children.length === 0 && s.color === "rgba(0, 0, 0, 0)") problems.push(`${el.tagName}: transparent text`);
            if (s.backgroundImage !== "none") problems.push(`${el.tagName}: background image`);
          }
          for (const region of document.querySelectorAll(".body-region:not(.pointer-only)")) {
            const s = getComputedStyle(region);
            if (s.stroke === "none" || parseFloat(s.strokeWidth) === 0) problems.push(`${region.dataset.option}: no outline`);
          }
          for (const chosen of document.querySelectorAll(".body-region.chosen")) {
            const s = getComputedStyle(chosen);
            if (parseFloat(s.fillOpacity) < 0.5) problems.push(`${chosen.dataset.option}: chosen but not filled`);
          }
          return problems;
        });
        expect(lost, `${screen}: content lost`).toEqual([]);
        rows.push({ screen, ...(await axe(page)) });
      });
      printTable(`axe, ${lang}, forced colours and reduced motion`, rows);
      expect(describeViolations(rows), "axe violations").toBe("");
    });

    test("reflow at 320 CSS px (200 % zoom): no screen scrolls sideways", async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      const checker = new Checker(page, lang);
      const wide = [];
      await everyScreen(page, lang, async (screen) => {
        const { scrollWidth, clientWidth, culprits } = await page.evaluate(() => {
          const root = document.documentElement;
          const culprits = [...document.querySelectorAll("body *")]
            .filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5 && !el.closest(".visually-hidden") && !el.classList.contains("skip-link"))
            .map((el) => `${el.tagName.toLowerCase()}.${el.className?.baseVal ?? el.className}`)
            .slice(0, 5);
          return { scrollWidth: root.scrollWidth, clientWidth: root.clientWidth, culprits };
        });
        if (scrollWidth > clientWidth || culprits.length) wide.push(`${screen}: ${scrollWidth} > ${clientWidth} (${culprits.join(", ")})`);
        if (screen === "body map") {
          // Every region is a target of at least 24 × 24 CSS px (WCAG 2.5.8).
          const small = await page.locator(".body-region:not(.pointer-only)").evaluateAll((regions) =>
            regions
              .map((r) => ({ option: r.dataset.option, box: r.getBoundingClientRect() }))
              .filter(({ box }) => box.width < 24 || box.height < 24)
              .map(({ option, box }) => `${option} ${box.width.toFixed(0)}×${box.height.toFixed(0)}`),
          );
          expect(small, "body map regions smaller than 24 × 24 px").toEqual([]);
        }
      });
      expect(wide, "screens wider than 320 px").toEqual([]);
    });
  });
}
