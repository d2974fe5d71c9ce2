import fs from "fs";
import { buildSite } from "../build-site";
import { startServer, type StaticServer } from "./server";
import {
  artifactsDir,
  defaultChromiumPath,
  findChromium,
  installHint,
  publishRun,
  publishSkip,
  siteDir,
} from "./suite";

/** Read by global-teardown.ts; on globalThis because Jest may load the two hooks' modules apart. */
export const running: { server?: StaticServer } = ((
  globalThis as { dealsE2e?: { server?: StaticServer } }
).dealsE2e ??= {});

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
  // Development build, office.js served from our own origin (the CDN is out of reach here).
  await buildSite("development", { officeJs: "local" }, siteDir);
  running.server = await startServer(siteDir);
  publishRun(running.server.url);
}
