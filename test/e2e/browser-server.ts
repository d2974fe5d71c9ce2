import { chromium, type BrowserServer } from "playwright-core";
import { findChromium, installHint } from "./suite";

/**
 * Starts the one Chromium the whole suite shares (global setup); each test file connects to it and
 * works in its own fresh context, so no file pays for a browser start.
 */
export function launchBrowserServer(): Promise<BrowserServer> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(`Chromium is missing: ${installHint}`);
  return chromium.launchServer({ executablePath, headless: true, args: chromiumArgs });
}

/** Chromium's sandbox cannot run as root (CI containers); the rest keeps it off the network. */
const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
