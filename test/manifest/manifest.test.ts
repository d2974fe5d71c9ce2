import fs from "fs";
import { parse as parseHtml } from "node-html-parser";
import path from "path";
import { DEV_URL, rewriteDevUrls, ROOT, sharedBuild, type BuiltSite } from "../build-site";
import { parseManifest } from "./manifest-xml";
import { developmentRules, rules, type RuleName } from "./manifest-rules";

const PROD_URL = "https://example.com/deals/";
const manifestXml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
const fixture = (name: string) => fs.readFileSync(path.join(__dirname, "fixtures", name), "utf8");

let dev: BuiltSite;
let prod: BuiltSite;

beforeAll(async () => {
  [dev, prod] = await Promise.all([
    sharedBuild("development"),
    sharedBuild("production", { urlProd: PROD_URL }),
  ]);
}, 120_000);

afterAll(() => {
  dev?.remove();
  prod?.remove();
});

describe("manifest.xml", () => {
  it.each(developmentRules)("passes %s", (_name, rule) => {
    expect(rule(parseManifest(manifestXml), dev)).toEqual([]);
  });

  it("is emitted unchanged by the development build", () => {
    expect(dev.text("manifest.xml")).toBe(manifestXml);
  });
});

describe("production build", () => {
  it.each(Object.entries(rules))("emits a manifest that passes %s", (_name, rule) => {
    expect(rule(parseManifest(prod.text("manifest.xml")), prod)).toEqual([]);
  });

  it("lets the functions return data types, which the manifest's 1.4 requirement covers", () => {
    const metadata = JSON.parse(prod.text("functions.json")) as Record<string, unknown>;
    expect(metadata.allowCustomDataForDataTypeAny).toBe(true);
    expect(rules.dataTypesRequirement(parseManifest(prod.text("manifest.xml")), prod)).toEqual([]);
  });

  it("leaves no localhost URL in functions.json", () => {
    expect(prod.text("functions.json")).not.toMatch(/localhost/i);
  });

  it("emits a help anchor for every custom function", () => {
    const anchors = [...prod.text("help.html").matchAll(/\bid="deals-([a-z]+)"/g)];
    const ids = new Set(anchors.map((match) => match[1]));
    const { functions } = JSON.parse(prod.text("functions.json")) as {
      functions: { name: string }[];
    };
    expect(functions.length).toBeGreaterThan(0);
    expect(functions.filter(({ name }) => !ids.has(name.toLowerCase()))).toEqual([]);
  });
});

describe("production taskpane.html", () => {
  const OFFICE_JS_ORIGINS = [
    "https://officeapis.public.onecdn.static.microsoft",
    "https://appsforoffice.microsoft.com",
  ];
  const page = () => parseHtml(prod.text("taskpane.html"));
  const policy = () => {
    const content = page()
      .querySelector('meta[http-equiv="Content-Security-Policy"]')
      ?.getAttribute("content");
    return new Map(
      (content ?? "").split(";").map((directive) => {
        const [name = "", ...sources] = directive.trim().split(/\s+/);
        return [name, sources];
      }),
    );
  };

  it("loads host-check.js, then office.js from Microsoft's CDN, then the bundles", () => {
    const scripts = page()
      .querySelectorAll("script")
      .map((script) => script.getAttribute("src"));
    expect(scripts).toEqual([
      "host-check.js",
      "https://officeapis.public.onecdn.static.microsoft/1/office.js",
      "functions.js",
      "taskpane.js",
    ]);
    expect(prod.files.has("host-check.js")).toBe(true);
    expect(prod.files.has("office-js/office.js")).toBe(false);
  });

  it("admits both office.js origins for scripts and frames, WebAssembly, and nothing inline", () => {
    const csp = policy();
    // 'wasm-unsafe-eval' compiles the seal hash's WebAssembly; it allows no eval of script.
    expect(csp.get("script-src")).toEqual(["'self'", "'wasm-unsafe-eval'", ...OFFICE_JS_ORIGINS]);
    expect(csp.get("frame-src")).toEqual(["'self'", ...OFFICE_JS_ORIGINS]);
    expect(csp.get("default-src")).toEqual(["'self'"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect([...csp.values()].flat()).not.toContain("'unsafe-inline'");
    expect([...csp.values()].flat()).not.toContain("'unsafe-eval'");
    expect(page().querySelectorAll("script:not([src])")).toHaveLength(0);
  });

  it("carries the same policy as the development build the browser suite drives", () => {
    const csp = (html: string) =>
      parseHtml(html)
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content");
    expect(csp(dev.text("taskpane.html"))).toBe(csp(prod.text("taskpane.html")));
  });

  it("ships the static hosts' header files", () => {
    expect(prod.files.has("_headers")).toBe(true);
    expect(prod.files.has("staticwebapp.config.json")).toBe(true);
  });
});

describe("rewriteDevUrls", () => {
  it("replaces every localhost URL of the manifest", () => {
    const manifest = parseManifest(rewriteDevUrls(manifestXml, PROD_URL));
    expect(rules.noLocalhost(manifest)).toEqual([]);
  });

  it("rewrites helpUrl values of functions.json", () => {
    const json = JSON.stringify({ functions: [{ helpUrl: `${DEV_URL}help.html#deals-market` }] });
    expect(JSON.parse(rewriteDevUrls(json, PROD_URL))).toEqual({
      functions: [{ helpUrl: `${PROD_URL}help.html#deals-market` }],
    });
  });

  it("returns the text unchanged for the development URL", () => {
    expect(rewriteDevUrls(manifestXml, DEV_URL)).toBe(manifestXml);
  });

  it.each(["http://example.com/deals/", "https://example.com/deals", "https://example.com/?a=/"])(
    "throws on %s",
    (url) => {
      expect(() => rewriteDevUrls(manifestXml, url)).toThrow(/urlProd/);
    },
  );
});

/** Each fixture is manifest.xml with one defect; the rule named beside it must report it. */
const brokenFixtures: [string, RuleName, RegExp][] = [
  ["unresolved-resid.xml", "residsResolve", /Functions\.NameSpace.*resolves to nothing/],
  ["resid-wrong-kind.xml", "residsResolve", /LearnMoreUrl.*needs a Url, got ShortString/],
  ["top-level-order.xml", "topLevelOrder", /<DefaultSettings> must come before <Permissions>/],
  [
    "runtimes-after-all-form-factors.xml",
    "hostOrder",
    /<Runtimes> must come before <AllFormFactors>/,
  ],
  ["separate-function-file.xml", "sharedRuntime", /<FunctionFile> uses 'Commands\.Url'/],
  ["namespace-not-deals.xml", "namespaceDeals", /'AIDEALS', not 'DEALS'/],
  ["url-not-emitted.xml", "urlsServed", /does not emit functions\.bundle\.js/],
  ["icon-wrong-size.xml", "iconSizes", /icon-64\.png is 64 px, claimed 80 px/],
  ["permission-read-all.xml", "permissions", /\[ReadAllDocument\]/],
  ["http-url.xml", "httpsOnly", /http:\/\/localhost:3000\/help\.html is not HTTPS/],
  ["app-domains.xml", "noAppDomains", /AppDomains/],
  [
    "no-data-types-requirement.xml",
    "dataTypesRequirement",
    /allows data types, but Requirements ask CustomFunctionsRuntime \(none\), not 1\.4/,
  ],
];

describe("manifest rules", () => {
  it.each(brokenFixtures)("%s fails %s", (name, rule, problem) => {
    const problems = rules[rule](parseManifest(fixture(name)), dev);
    expect(problems).toContainEqual(expect.stringMatching(problem));
  });

  it("noLocalhost fails on a development address the production rewrite misses", () => {
    const rewritten = rewriteDevUrls(fixture("localhost-after-rewrite.xml"), PROD_URL);
    expect(rules.noLocalhost(parseManifest(rewritten))).toEqual([
      "<SupportUrl> https://127.0.0.1:3000/help.html points at the development machine",
    ]);
  });

  it("has a broken fixture for every rule", () => {
    const covered = new Set([...brokenFixtures.map(([, rule]) => rule), "noLocalhost"]);
    expect([...covered].sort()).toEqual(Object.keys(rules).sort());
  });
});
