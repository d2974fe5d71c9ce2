/**
 * What the browser suite's global setup hands to the test files: where the site was built and the
 * URL it is served at. Jest runs setup in the same process before the tests (runInBand), so
 * environment variables carry it.
 */
import fs from "fs";
import path from "path";

export const projectRoot = path.resolve(__dirname, "../..");
/** Screenshots live here (git-ignored). */
export const artifactsDir = path.join(projectRoot, "test-results", "e2e");

export const defaultChromiumPath = "/usr/bin/chromium";
export const installHint = "apt-get install -y chromium";

/** Debian's Chromium, or `CHROMIUM_PATH`; undefined when that file does not exist. */
export function findChromium(): string | undefined {
  const candidate = process.env.CHROMIUM_PATH || defaultChromiumPath;
  return fs.existsSync(candidate) ? candidate : undefined;
}

const keys = {
  baseUrl: "DEALS_E2E_BASE_URL",
  siteDir: "DEALS_E2E_SITE_DIR",
  browser: "DEALS_E2E_BROWSER",
  skipped: "DEALS_E2E_SKIPPED",
} as const;

export function publishRun(baseUrl: string, siteDir: string, browser: string): void {
  process.env[keys.baseUrl] = baseUrl;
  process.env[keys.siteDir] = siteDir;
  process.env[keys.browser] = browser;
}

/** Where to connect to the suite's Chromium (its WebSocket endpoint). */
export function browserEndpoint(): string {
  const endpoint = process.env[keys.browser];
  if (!endpoint) throw new Error("The e2e global setup did not run: use `npm run test:e2e`.");
  return endpoint;
}

export function publishSkip(): void {
  process.env[keys.skipped] = "1";
}

export function isSkipped(): boolean {
  return process.env[keys.skipped] === "1";
}

/** The folder of the served build (the development build the unit suites share). */
export function siteDir(): string {
  const dir = process.env[keys.siteDir];
  if (!dir) throw new Error("The e2e global setup did not run: use `npm run test:e2e`.");
  return dir;
}

/** The served site's base URL (ends in `/`); throws when global setup did not run. */
export function baseUrl(): string {
  const url = process.env[keys.baseUrl];
  if (!url) throw new Error("The e2e global setup did not run: use `npm run test:e2e`.");
  return url;
}
