import { test, expect } from "./fixtures.mjs";

test("the start screen says what the tool is and starts the questions", async ({ page }) => {
  await page.goto("./");
  await expect(page.getByRole("heading", { level: 1, name: "Check your back or hip pain" })).toBeVisible();
  await expect(page.getByText("Nothing you enter leaves this device.")).toBeVisible();
  await page.getByRole("button", { name: "Start" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("numbness or tingling around your genitals");
});

test("an emergency answer stops the questions and shows the emergency advice", async ({ page }) => {
  await page.goto("./");
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("button", { name: "Yes", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Your result" })).toBeVisible();
  const banner = page.getByRole("status");
  await expect(banner).toHaveAttribute("data-level", "emergency");
  await expect(banner).toContainText("Go to an emergency department now");
  await expect(banner).toContainText("cauda equina");
});
