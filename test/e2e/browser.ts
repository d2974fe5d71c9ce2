import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Route,
} from "playwright-core";
import { baseUrl, browserEndpoint, isSkipped } from "./suite";

/** `describe`, or `describe.skip` when global setup skipped the suite (DEALS_SKIP_E2E=1). */
export const describeE2E: jest.Describe = isSkipped() ? describe.skip : describe;

const localHosts = new Set(["localhost", "127.0.0.1", "[::1]"]);
/**
 * Where production pages load office.js from (the documented CDN host and the older one that may
 * redirect to it); tests serve it locally, so requests there are blocked.
 */
export const officeCdnHosts = new Set([
  "officeapis.public.onecdn.static.microsoft",
  "appsforoffice.microsoft.com",
]);

/** An empty page on the site's origin, for loading one bundle on its own. */
export const blankPage = "e2e-blank.html";

/** What one page did: filled in as it runs. */
export interface PageLog {
  pageErrors: string[];
  consoleErrors: string[];
  /** Every request URL, in order, including those the page's CSP or the route blocked. */
  requests: string[];
  /** Requests that reached Microsoft's office.js CDN route, aborted and counted. */
  officeCdnRequests: string[];
}

export interface OpenedPage {
  page: Page;
  log: PageLog;
}

/** A CSP violation as the page's `securitypolicyviolation` event reported it. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sourceFile: string;
}

declare global {
  interface Window {
    cspViolations?: CspViolation[];
  }
}

/** Runs before any page script; init scripts are not subject to the page's CSP. */
function recordCspViolations(): void {
  window.cspViolations = [];
  document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations?.push({
      directive: event.effectiveDirective,
      blockedURI: event.blockedURI,
      sourceFile: event.sourceFile,
    });
  });
}

/**
 * Registers hooks for the enclosing describe block: a fresh browser context (its own cookies,
 * storage and cache) in the suite's Chromium around it, and
 * after each test a check that no page asked a non-local host other than the office.js CDN.
 */
export function useBrowser(): {
  open(pagePath: string, options?: { initScript?: () => void }): Promise<OpenedPage>;
} {
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let opened: OpenedPage[] = [];

  beforeAll(async () => {
    browser = await chromium.connect(browserEndpoint());
    context = await browser.newContext();
    await context.addInitScript(recordCspViolations);
  });

  afterEach(async () => {
    const foreign = opened.flatMap(({ log }) => log.requests.filter(isForeign));
    await Promise.all(opened.map(({ page }) => page.close()));
    opened = [];
    expect(foreign).toEqual([]);
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
  });

  return {
    async open(pagePath, { initScript } = {}) {
      if (!context) throw new Error("useBrowser(): the browser is not running");
      const page = await guardedPage(context);
      opened.push(page);
      if (initScript) await page.page.addInitScript(initScript);
      await page.page.goto(new URL(pagePath, baseUrl()).href, { waitUntil: "load" });
      return page;
    },
  };
}

/** Whether a request stays on this machine (data: and blob: URLs never leave the page). */
export function isLocal(url: string): boolean {
  const { hostname, protocol } = new URL(url);
  return localHosts.has(hostname) || protocol === "data:" || protocol === "blob:";
}

const isOfficeCdn = (url: string) => officeCdnHosts.has(new URL(url).hostname);
const isForeign = (url: string) => !isLocal(url) && !isOfficeCdn(url);

/** A new page that logs errors and requests and lets only local requests through. */
async function guardedPage(context: BrowserContext): Promise<OpenedPage> {
  const page = await context.newPage();
  const log: PageLog = {
    pageErrors: [],
    consoleErrors: [],
    requests: [],
    officeCdnRequests: [],
  };
  page.on("pageerror", (error) => log.pageErrors.push(`${error.name}: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() !== "error") return;
    const { url, lineNumber } = message.location();
    log.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
  });
  page.on("request", (request) => log.requests.push(request.url()));
  await page.route("**/*", (route: Route) => {
    const url = route.request().url();
    if (isLocal(url)) return route.fallback();
    if (isOfficeCdn(url)) log.officeCdnRequests.push(url);
    return route.abort("blockedbyclient");
  });
  await page.route(new URL(blankPage, baseUrl()).href, (route) =>
    route.fulfill({ contentType: "text/html", body: "<!doctype html><title>blank</title>" }),
  );
  return { page, log };
}

/** The CSP violations the page has reported so far. */
export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(() => window.cspViolations ?? []);
}
