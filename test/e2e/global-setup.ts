import fs from "fs";
import { sharedBuild } from "../build-site";
import type { BrowserServer } from "playwright-core";
import { launchBrowserServer } from "./browser-server";
import { startServer, type StaticServer } from "./server";
import {
  artifactsDir,
  defaultChromiumPath,
  findChromium,
  installHint,
  publishRun,
  publishSkip,
} from "./suite";

/** Read by global-teardown.ts; on globalThis because Jest may load the two hooks' modules apart. */
type Running = { server?: StaticServer; browser?: BrowserServer };
export const running: Running = ((globalThis as { dealsE2e?: Running }).dealsE2e ??= {});

/**
 * Checks for Chromium, builds the site and serves it. A missing Chromium fails the suite unless
 * DEALS_SKIP_E2E=1; CI never sets it (.ci/run installs Chromium), so there the suite always runs.
 */
export default async function globalSetup(): Promise<void> {
  if (!findChromium()) {
    const where = process.env.CHROMIUM_PATH || defaultChromiumPath;
    if (process.env.DEALS_SKIP_E2E === "1") {
      publishSkip();
      console.warn(
        `\n*** Browser tests SKIPPED: no Chromium at ${where} and DEALS_SKIP_E2E=1. ***\n`,
      );
      return;
    }
    throw new Error(
      `Browser tests need Chromium at ${where} (or set CHROMIUM_PATH). Install it with: ` +
        `${installHint}  (DEALS_SKIP_E2E=1 skips these tests locally; CI never does.)`,
    );
  }
  fs.mkdirSync(artifactsDir, { recursive: true });
  // The development build (office.js served from our own origin: the CDN is out of reach here),
  // shared with the manifest and bundle tests: built once while its inputs stay the same.
  const site = await sharedBuild("development");
  [running.server, running.browser] = await Promise.all([
    startServer(site.dir),
    launchBrowserServer(),
  ]);
  publishRun(running.server.url, site.dir, running.browser.wsEndpoint());
}
