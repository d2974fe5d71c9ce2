/**
 * `npm run check:deploy` against a local HTTPS server that serves a production build under a test
 * host name, trusted through a CA made for this run and passed to the check (never by turning TLS
 * verification off). One good configuration per shipped host file, then one defect at a time.
 */
import { execFile } from "child_process";
import fs from "fs";
import https from "https";
import type { AddressInfo } from "net";
import os from "os";
import path from "path";
import selfsigned from "selfsigned";
import sirv from "sirv";
import { buildSite, ROOT, type BuiltSite } from "../build-site";
import { netlifyHeaders, staticWebAppHeaders, type HeaderRule } from "./static-hosts";

type Check = { name: string; ok: boolean; detail: string };
type Report = { ok: boolean; files: { url: string; checks: Check[] }[] };
type Options = { ca?: string; resolve?: Record<string, string> };

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS
const { checkDeploy, formatReport } = require(path.join(ROOT, "scripts/check-deploy.js")) as {
  checkDeploy: (base: string, options?: Options) => Promise<Report>;
  formatReport: (report: Report) => string;
};

const HOST = "deals.test";

/** How the test server answers a request; `undefined` hands it to the static files. */
type Configuration = {
  headers?: HeaderRule;
  answer?: (pathname: string, res: import("http").ServerResponse) => boolean;
};

let site: BuiltSite;
let server: https.Server;
let base: string;
let ca: string;
let configuration: Configuration = {};
const resolve = { [HOST]: "127.0.0.1" };

beforeAll(async () => {
  const authority = await selfsigned.generate([{ name: "commonName", value: "check:deploy CA" }], {
    keySize: 2048,
    extensions: [{ name: "basicConstraints", cA: true }],
  });
  const leaf = await selfsigned.generate([{ name: "commonName", value: HOST }], {
    keySize: 2048,
    ca: { key: authority.private, cert: authority.cert },
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: HOST }] }],
  });
  ca = authority.cert;
  server = https.createServer({ key: leaf.private, cert: leaf.cert }, (req, res) => {
    const pathname = new URL(req.url ?? "/", "https://x").pathname;
    if (configuration.answer?.(pathname, res)) return;
    serve(req, res, () => {
      res.statusCode = 404;
      res.end("Not Found");
    });
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  base = `https://${HOST}:${(server.address() as AddressInfo).port}/`;
  site = await buildSite("production", { urlProd: base });
  serveDir = site.dir;
}, 180_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise((done) => server?.close(done));
  site?.remove();
});

let serveDir = "";
let statics: ReturnType<typeof sirv> | undefined;
const serve: ReturnType<typeof sirv> = (req, res, next) => {
  statics ??= sirv(serveDir, {
    dev: true,
    setHeaders: (response, pathname) => {
      for (const [name, value] of Object.entries(configuration.headers?.(pathname) ?? {})) {
        response.setHeader(name, value);
      }
    },
  });
  return statics(req, res, next);
};

const shipped = (name: string) => fs.readFileSync(path.join(ROOT, "deploy", name), "utf8");
const netlify = netlifyHeaders(shipped("_headers"));
const staticWebApp = staticWebAppHeaders(shipped("staticwebapp.config.json"));

const relative = (url: string) => (url.startsWith(base) ? url.slice(base.length) : url);

/** Runs the check under a configuration; returns every failed check as "file: name: detail". */
async function failures(config: Configuration, options: Options = { ca, resolve }) {
  configuration = config;
  const report = await checkDeploy(base, options);
  return report.files.flatMap((file) =>
    file.checks
      .filter((check) => !check.ok)
      .map((check) => `${relative(file.url)}: ${check.name}: ${check.detail}`),
  );
}

describe("check:deploy", () => {
  it.each([
    ["Netlify / Cloudflare Pages _headers", netlify],
    ["Azure Static Web Apps staticwebapp.config.json", staticWebApp],
  ])("passes a production build served with the shipped %s", async (_name, headers) => {
    configuration = { headers };
    const report = await checkDeploy(base, { ca, resolve });
    expect(formatReport(report)).toMatch(/All checks passed\.$/);
    const urls = report.files.map((file) => relative(file.url));
    expect(urls).toEqual([
      "manifest.xml",
      "functions.json",
      "functions.js",
      "taskpane.html",
      // <IconUrl>, <HighResolutionIconUrl>, then the ribbon's images not listed yet.
      ...["32", "64", "16", "80"].map((size) => `assets/icon-${size}.png`),
    ]);
    const checks = (file: string) =>
      report.files.find((f) => f.url.endsWith(file))?.checks.map((c) => c.name);
    expect(checks("functions.json")).toEqual([
      "HTTPS",
      "status",
      "content type",
      "CORS",
      "no localhost",
    ]);
    expect(checks("taskpane.html")).toContain("framing");
  });

  it("fails functions.json without Access-Control-Allow-Origin", async () => {
    expect(await failures({})).toEqual([
      "functions.json: CORS: no Access-Control-Allow-Origin header: Excel on the web cannot load the functions (#NAME?)",
    ]);
  });

  it("fails functions.json served as text/plain", async () => {
    const headers: HeaderRule = (p) => ({
      ...netlify(p),
      ...(p === "/functions.json" ? { "Content-Type": "text/plain" } : {}),
    });
    expect(await failures({ headers })).toEqual([
      "functions.json: content type: text/plain, expected application/json",
    ]);
  });

  it("fails a pane that forbids framing", async () => {
    const deny: HeaderRule = (p) => ({ ...netlify(p), "X-Frame-Options": "DENY" });
    const self: HeaderRule = (p) => ({
      ...netlify(p),
      "Content-Security-Policy": "frame-ancestors 'self'",
    });
    const office: HeaderRule = (p) => ({
      ...netlify(p),
      "Content-Security-Policy": "frame-ancestors https://*.officeapps.live.com",
    });
    expect(await failures({ headers: deny })).toEqual([
      "taskpane.html: framing: X-Frame-Options: DENY stops Office from showing the pane",
    ]);
    expect(await failures({ headers: self })).toEqual([
      "taskpane.html: framing: frame-ancestors 'self' stops Office from showing the pane",
    ]);
    expect(await failures({ headers: office })).toEqual([]);
  });

  it("fails a missing functions.js", async () => {
    const answer = (pathname: string, res: import("http").ServerResponse) => {
      if (pathname !== "/functions.js") return false;
      res.writeHead(404).end();
      return true;
    };
    expect(await failures({ headers: netlify, answer })).toEqual(["functions.js: status: 404"]);
  });

  it("fails the project's development manifest uploaded in place of the built one", async () => {
    const answer = (pathname: string, res: import("http").ServerResponse) => {
      if (pathname !== "/manifest.xml") return false;
      const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
      res.writeHead(200, { "Content-Type": "application/xml" }).end(xml);
      return true;
    };
    const failed = await failures({ headers: netlify, answer });
    expect(failed).toContainEqual(
      expect.stringMatching(
        /^manifest\.xml: no localhost: contains localhost:3000\/\S+: built for the development server$/,
      ),
    );
    expect(failed).toContainEqual(
      expect.stringMatching(
        /^manifest\.xml: URLs: not under https:\/\/deals\.test:\d+\/: https:\/\/localhost:3000\//,
      ),
    );
    // Its icons point at the development server, which does not answer here.
    expect(failed).toContainEqual(
      expect.stringMatching(/^https:\/\/localhost:3000\/assets\/icon-16\.png: fetch: /),
    );
  });

  it("fails a redirect to plain HTTP", async () => {
    const answer = (pathname: string, res: import("http").ServerResponse) => {
      if (pathname !== "/taskpane.html") return false;
      res.writeHead(301, { Location: `http://${HOST}/taskpane.html` }).end();
      return true;
    };
    expect(await failures({ headers: netlify, answer })).toEqual([
      `taskpane.html: HTTPS: redirected to http://${HOST}/taskpane.html`,
      "taskpane.html: status: 301",
    ]);
  });

  it("reports an untrusted certificate instead of accepting it", async () => {
    const failed = await failures({ headers: netlify }, { resolve });
    expect(failed[0]).toMatch(/^manifest\.xml: fetch: .*certificate.*pass --ca ca\.pem\)$/i);
    expect(failed).toHaveLength(4);
  });
});

describe("npm run check:deploy (command line)", () => {
  const run = (args: string[]) =>
    new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
      execFile(
        process.execPath,
        [path.join(ROOT, "scripts/check-deploy.js"), ...args],
        (error, stdout, stderr) =>
          done({ code: error ? Number(error.code) : 0, stdout: `${stdout}`, stderr: `${stderr}` }),
      );
    });
  let caFile: string;

  beforeAll(() => {
    caFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "check-deploy-")), "ca.pem");
    fs.writeFileSync(caFile, ca);
  });

  it("exits 0 and prints every file for a good deployment", async () => {
    configuration = { headers: netlify };
    const { code, stdout } = await run([base, "--ca", caFile, "--resolve", `${HOST}:127.0.0.1`]);
    expect(stdout).toMatch(/^PASS {2}https:\/\/deals\.test:\d+\/functions\.json$/m);
    expect(stdout).toMatch(/ok {4}CORS: Access-Control-Allow-Origin: \*$/m);
    expect(code).toBe(0);
  });

  it("exits 1 and names the failed check", async () => {
    configuration = {};
    const { code, stdout } = await run([base, "--ca", caFile, "--resolve", `${HOST}:127.0.0.1`]);
    expect(stdout).toMatch(/^FAIL {2}https:\/\/deals\.test:\d+\/functions\.json$/m);
    expect(stdout).toMatch(/Some checks failed: see README, Deploy\.$/m);
    expect(code).toBe(1);
  });

  it.each([
    [["http://example.com/deals/"], /HTTPS only/],
    [[], /no deployment URL/],
    [["https://example.com/", "--resolve", "nohost"], /--resolve needs host:address/],
  ])("exits 2 on %j", async (args, message) => {
    const { code, stderr } = await run(args);
    expect(stderr).toMatch(message);
    expect(stderr).toMatch(/^Usage: npm run check:deploy -- https:\/\/host\/path\//m);
    expect(code).toBe(2);
  });
});
