// End-to-end tests against the release build in dist/, served locally, driven in
// Debian's Chromium (never a downloaded browser).
import { defineConfig } from "@playwright/test";
import { CHROME_FLAGS, CHROME_PATH } from "./scripts/local-browser.mjs";

const port = 8090;

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    launchOptions: {
      executablePath: CHROME_PATH,
      args: CHROME_FLAGS,
    },
  },
  webServer: {
    command: `node scripts/serve-dist.mjs dist ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
