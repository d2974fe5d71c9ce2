/* eslint-disable no-undef -- a plain Node script */
/**
 * `npm run check:deploy -- https://host/path/ [--ca file.pem] [--resolve host:address]`
 *
 * Fetches a deployed add-in the way Office does (manifest.xml, functions.json, functions.js,
 * taskpane.html and every icon the manifest lists) and reports, per file: HTTPS, status, content
 * type, localhost URLs left from a development build, the CORS header on functions.json (without
 * it Excel on the web never registers the functions: #NAME?) and headers that forbid framing the
 * pane. Exits 1 when any check fails, 2 on a usage error.
 *
 * `--ca` trusts an extra certificate authority for this check only (a company CA, a test server);
 * TLS verification is never turned off. `--resolve` connects to another address for a host name,
 * like curl's option of that name, to check a server before DNS points at it.
 */
const fs = require("fs");
const https = require("https");
const tls = require("tls");
const { XMLParser } = require("fast-xml-parser");

/** The origin Excel on the web fetches functions.json from, sent as `Origin`. */
const EXCEL_WEB_ORIGIN = "https://excel.officeapps.live.com";

const FILES = [
  { name: "manifest.xml", types: ["application/xml", "text/xml"], text: true },
  { name: "functions.json", types: ["application/json"], text: true, cors: true },
  {
    name: "functions.js",
    types: ["text/javascript", "application/javascript", "application/x-javascript"],
    text: true,
  },
  { name: "taskpane.html", types: ["text/html"], text: true, page: true },
];
const ICON = { types: ["image/png"], text: false };

const MAX_REDIRECTS = 5;

/**
 * Checks a deployment; resolves to one report per file, never throws for a bad server.
 * @param base the deployment URL, `https://host/path/`
 * @param options `ca` (PEM text) trusts that authority as well as the system's;
 *   `resolve` maps host names to addresses (`{ "deals.example": "127.0.0.1" }`)
 * @example const { ok, files } = await checkDeploy("https://example.com/deals/");
 */
async function checkDeploy(base, options = {}) {
  const baseUrl = new URL(base);
  const files = [];
  for (const file of FILES) files.push(await checkFile(new URL(file.name, baseUrl), file, options));
  const manifest = files[0];
  if (manifest.body !== undefined) {
    const { icons, problems } = readManifest(manifest.body, baseUrl);
    manifest.checks.push(...problems);
    for (const icon of icons) files.push(await checkFile(new URL(icon), ICON, options));
  }
  for (const file of files) delete file.body;
  return { ok: files.every((file) => file.checks.every((check) => check.ok)), files };
}

/** One file: fetch it (following redirects) and run the checks that apply to it. */
async function checkFile(url, file, options) {
  const report = { url: url.href, checks: [] };
  const check = (name, ok, detail) => report.checks.push({ name, ok, detail });
  let response;
  try {
    response = await fetchFollowing(url, options);
  } catch (error) {
    check("fetch", false, `${error.code ?? "error"}: ${error.message}${tlsHint(error)}`);
    return report;
  }
  const finalUrl = new URL(response.url);
  check(
    "HTTPS",
    finalUrl.protocol === "https:",
    finalUrl.href === url.href ? "https" : `redirected to ${finalUrl.href}`,
  );
  check("status", response.status === 200, String(response.status));
  if (response.status !== 200) return report;

  const type = (response.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  check(
    "content type",
    file.types.includes(type),
    type ? `${type}${file.types.includes(type) ? "" : `, expected ${file.types[0]}`}` : "none",
  );
  if (file.cors) {
    const allowed = response.headers["access-control-allow-origin"];
    check(
      "CORS",
      allowed === "*" || allowed === EXCEL_WEB_ORIGIN,
      allowed
        ? `Access-Control-Allow-Origin: ${allowed}`
        : "no Access-Control-Allow-Origin header: Excel on the web cannot load the functions (#NAME?)",
    );
  }
  if (file.page) checkFraming(response.headers, check);
  if (file.text) {
    const text = response.body.toString("utf8");
    const local = /\b(localhost|127\.0\.0\.1)\b[^\s"'<]*/i.exec(text);
    check(
      "no localhost",
      !local,
      local ? `contains ${local[0]}: built for the development server` : "none",
    );
    report.body = text;
  }
  return report;
}

/** Office shows the pane in a frame: a header forbidding that leaves it blank. */
function checkFraming(headers, check) {
  const frameOptions = headers["x-frame-options"];
  const ancestors = /frame-ancestors([^;]*)/i.exec(headers["content-security-policy"] ?? "");
  const sources = ancestors ? ancestors[1].trim().split(/\s+/) : [];
  const admitsOffice = sources.some((s) => s === "*" || s === "https:" || /officeapps/.test(s));
  const problems = [
    frameOptions && `X-Frame-Options: ${frameOptions}`,
    ancestors && !admitsOffice && `frame-ancestors ${sources.join(" ") || "(empty)"}`,
  ].filter(Boolean);
  check(
    "framing",
    problems.length === 0,
    problems.length ? `${problems.join("; ")} stops Office from showing the pane` : "allowed",
  );
}

/** The icon URLs the manifest lists, and any URL in it outside the deployment. */
function readManifest(xml, baseUrl) {
  let parsed;
  try {
    parsed = new XMLParser({ ignoreAttributes: false, removeNSPrefix: true }).parse(xml, true);
  } catch (error) {
    return { icons: [], problems: [{ name: "XML", ok: false, detail: error.message }] };
  }
  const icons = new Set();
  const outside = new Set();
  const walk = (node, key) => {
    if (Array.isArray(node)) return node.forEach((child) => walk(child, key));
    if (!node || typeof node !== "object") return;
    const url = node["@_DefaultValue"];
    if (typeof url === "string" && /^https?:/i.test(url)) {
      if (!url.startsWith(baseUrl.href)) outside.add(url);
      if (/Icon|Image/.test(key)) icons.add(url);
    }
    for (const [childKey, child] of Object.entries(node)) walk(child, childKey);
  };
  walk(parsed, "");
  const problems = [
    {
      name: "URLs",
      ok: outside.size === 0,
      detail: outside.size
        ? `not under ${baseUrl.href}: ${[...outside].join(", ")}`
        : `all under ${baseUrl.href}`,
    },
  ];
  if (icons.size === 0) problems.push({ name: "icons", ok: false, detail: "none listed" });
  return { icons: [...icons], problems };
}

/** GET with the extra CA and host mapping, following HTTPS redirects. */
async function fetchFollowing(url, options) {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const response = await get(current, options);
    const location = response.headers.location;
    if (response.status < 300 || response.status >= 400 || !location) return response;
    current = new URL(location, current);
    if (current.protocol !== "https:") return { ...response, url: current.href };
  }
  throw Object.assign(new Error(`more than ${MAX_REDIRECTS} redirects`), { code: "REDIRECTS" });
}

function get(url, { ca, resolve = {} }) {
  const address = resolve[url.hostname];
  return new Promise((done, fail) => {
    const request = https.get(
      url,
      {
        headers: { Origin: EXCEL_WEB_ORIGIN, "Accept-Encoding": "identity" },
        // Added to the system's authorities, not in place of them.
        ...(ca ? { ca: [...tls.rootCertificates, ca] } : {}),
        ...(address ? { lookup: fixedLookup(address) } : {}),
        timeout: 15_000,
      },
      (response) => {
        const chunks = [];
        response.on("data", (chunk) => chunks.push(chunk));
        response.on("end", () =>
          done({
            url: url.href,
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: Buffer.concat(chunks),
          }),
        );
        response.on("error", fail);
      },
    );
    request.on("timeout", () => request.destroy(new Error("no answer within 15 s")));
    request.on("error", fail);
  });
}

/** A DNS lookup that answers one address, in both of the shapes Node asks for. */
function fixedLookup(address) {
  const family = address.includes(":") ? 6 : 4;
  return (_hostname, lookupOptions, callback) =>
    lookupOptions.all ? callback(null, [{ address, family }]) : callback(null, address, family);
}

function tlsHint(error) {
  return /CERT|SELF_SIGNED|certificate/i.test(`${error.code} ${error.message}`)
    ? " (an untrusted certificate: Office refuses it too; for a private CA pass --ca ca.pem)"
    : "";
}

/** The report as text: a line per file, an indented line per check. */
function formatReport({ ok, files }) {
  const lines = [];
  for (const file of files) {
    const passed = file.checks.every((check) => check.ok);
    lines.push(`${passed ? "PASS" : "FAIL"}  ${file.url}`);
    for (const check of file.checks) {
      lines.push(`      ${check.ok ? "ok  " : "FAIL"}  ${check.name}: ${check.detail}`);
    }
  }
  lines.push(ok ? "All checks passed." : "Some checks failed: see README, Deploy.");
  return lines.join("\n");
}

const USAGE =
  "Usage: npm run check:deploy -- https://host/path/ [--ca ca.pem] [--resolve host:address]";

/** Reads the command line; returns `{ error }` for a usage mistake. */
function parseArgs(argv) {
  const options = { resolve: {} };
  let base;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--ca") options.ca = fs.readFileSync(argv[++i] ?? "", "utf8");
    else if (arg === "--resolve") {
      const [host, ...address] = (argv[++i] ?? "").split(":");
      if (!host || address.length === 0) return { error: "--resolve needs host:address" };
      options.resolve[host] = address.join(":");
    } else if (!base) base = arg;
    else return { error: `unexpected argument '${arg}'` };
  }
  if (!base) return { error: "no deployment URL" };
  let url;
  try {
    url = new URL(base);
  } catch {
    return { error: `'${base}' is not a URL` };
  }
  if (url.protocol !== "https:") return { error: `Office loads add-ins over HTTPS only: ${base}` };
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return { base: url.href, options };
}

async function main(argv) {
  let parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    parsed = { error: error.message };
  }
  if (parsed.error) {
    console.error(`${parsed.error}\n${USAGE}`);
    return 2;
  }
  const report = await checkDeploy(parsed.base, parsed.options);
  console.log(formatReport(report));
  return report.ok ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => process.exit(code));
}

module.exports = { checkDeploy, formatReport, parseArgs, EXCEL_WEB_ORIGIN };
