import path from "path";
import vm from "vm";
import { createCustomFunctions } from "./custom-functions-shim";
import { FUNCTION_NAMES } from "../../src/domain/formulas/formulas";
import { ROOT, sharedBuild, type BuiltSite } from "../build-site";
import { rawDataset } from "../../src/data/dataset";
import { validateDataset } from "../../src/data/validate-dataset";

// The build-time check is plain CommonJS; these are the parts the tests use.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the script is CommonJS
const { checkBundledDataset, checkFunctionsBundle, datasetProblems } = require(
  path.join(ROOT, "scripts/bundle-check-plugin.js"),
) as {
  checkBundledDataset: () => string[];
  checkFunctionsBundle: (code: string, metadataJson: string) => string[];
  datasetProblems: (raw: unknown, validate: typeof validateDataset) => string[];
};

type Parameter = { name: string; description?: string; type?: string; optional?: boolean };
type FunctionMetadata = {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
};

/** The nine formula functions, then the company card. */
const IDS: string[] = [...FUNCTION_NAMES, "PROFILE"];

/** Each function's parameters, optional ones marked with "?". */
const SIGNATURES: Record<string, string[]> = {
  AIROUND: ["company", "round", "field?"],
  VALUATION: ["company", "round?"],
  AIROUNDS: ["company", "headers?"],
  INVESTORS: ["company", "round?", "headers?"],
  INVESTMENTS: ["investor", "includeAffiliates?", "headers?"],
  TOTALRAISED: ["company"],
  COMPANY: ["company", "field"],
  AISOURCE: ["company", "round?", "field?"],
  MARKET: ["country", "year", "currency?"],
  PROFILE: ["company"],
};

const SPILLS = new Set(["AIROUNDS", "INVESTORS", "INVESTMENTS"]);

let site: BuiltSite;
let metadata: FunctionMetadata[];

beforeAll(async () => {
  site = await sharedBuild("development");
  metadata = (JSON.parse(site.text("functions.json")) as { functions: FunctionMetadata[] })
    .functions;
}, 180_000);

afterAll(() => site?.remove());

const byId = (id: string) => metadata.find((f) => f.id === id) as FunctionMetadata;

describe("functions.json", () => {
  it("returns the ten DEALS functions, named as their ids", () => {
    expect(metadata.map((f) => f.id)).toEqual(IDS);
    expect(metadata.map((f) => f.name)).toEqual(IDS);
  });

  it.each(IDS)("returns %s with a description, help link and described parameters", (id) => {
    const fn = byId(id);
    expect(fn.description).toContain(`=DEALS.${id}(`);
    expect(fn.helpUrl).toBe(`https://localhost:3000/help.html#deals-${id.toLowerCase()}`);
    expect(fn.parameters.map((p) => `${p.name}${p.optional ? "?" : ""}`)).toEqual(SIGNATURES[id]);
    for (const p of fn.parameters) expect(p.description?.length).toBeGreaterThan(10);
  });

  it.each(IDS)("returns %s with a matrix result only when it spills", (id) => {
    expect(byId(id).result.dimensionality).toBe(SPILLS.has(id) ? "matrix" : undefined);
  });

  it('returns rounds typed any so that both "C" and 2 reach the function', () => {
    for (const id of ["AIROUND", "VALUATION", "INVESTORS", "AISOURCE"]) {
      expect(byId(id).parameters.find((p) => p.name === "round")?.type).toBe("any");
    }
  });

  it("returns flags and the year typed any, so that text reaches the function and its message", () => {
    const typeOf = (id: string, name: string) =>
      byId(id).parameters.find((p) => p.name === name)?.type;
    for (const id of ["AIROUNDS", "INVESTORS", "INVESTMENTS"]) {
      expect(typeOf(id, "headers")).toBe("any");
    }
    expect(typeOf("INVESTMENTS", "includeAffiliates")).toBe("any");
    expect(typeOf("MARKET", "year")).toBe("any");
  });

  it("types single-value results any, so that a figure can carry its number format", () => {
    // The metadata writes `any` as a result with no type.
    for (const id of ["AIROUND", "VALUATION", "TOTALRAISED", "COMPANY", "MARKET"]) {
      expect(byId(id).result).toEqual({});
    }
    expect(byId("AISOURCE").result.type).toBe("string");
  });
});

describe("functions.js", () => {
  it("registers every id when run with only a CustomFunctions global", () => {
    const { runtime, associated } = createCustomFunctions();
    vm.runInNewContext(site.text("functions.js"), { CustomFunctions: runtime });
    expect([...associated.keys()].sort()).toEqual([...IDS].sort());
    for (const fn of associated.values()) expect(typeof fn).toBe("function");
  });

  it("returns the article's facts from the registered functions", () => {
    const { runtime, associated } = createCustomFunctions();
    vm.runInNewContext(site.text("functions.js"), { CustomFunctions: runtime });
    const call = (id: string, ...args: unknown[]) =>
      (associated.get(id) as (...a: unknown[]) => unknown)(...args);
    expect(call("AIROUND", "SenseTime", "C")).toBe(600000000);
    expect(call("MARKET", "China", 2030)).toBe(158400000000);
    expect(() => call("VALUATION", "Megvii")).toThrow(
      "Not reported in the source: Megvii valuation (no round in the source reports one)",
    );
  });

  it("carries no schema library: the build checks the bundled sources, the pane what it adds", () => {
    expect(site.text("functions.js")).not.toMatch(/node_modules\/zod\//);
    expect(site.text("taskpane.js")).toMatch(/node_modules\/zod\//);
  });
});

describe("checkBundledDataset", () => {
  it("returns no problem for the bundled dataset", () => {
    expect(checkBundledDataset()).toEqual([]);
  });

  it("names a bad record, and a dataset the checks would change", () => {
    const copy = () =>
      JSON.parse(JSON.stringify(rawDataset)) as { sources: { rounds: object[] }[] };
    const bad = copy();
    bad.sources[0].rounds[1] = { ...bad.sources[0].rounds[1], amount: { amount: -1 } };
    expect(datasetProblems(bad, validateDataset)[0]).toMatch(/^bundled dataset: .*rounds\[1\]/);
    const padded = copy();
    const company = (padded.sources[0] as unknown as { companies: { name: string }[] })
      .companies[0];
    company.name = ` ${company.name} `;
    expect(datasetProblems(padded, validateDataset)).toEqual([
      "bundled dataset: its checks change it, so functions.js cannot take it as written.",
    ]);
  });
});

describe("checkFunctionsBundle", () => {
  it("returns no problem for the built bundle", () => {
    expect(checkFunctionsBundle(site.text("functions.js"), site.text("functions.json"))).toEqual(
      [],
    );
  });

  it("returns every unassociated id when the bundle is empty", () => {
    const problems = checkFunctionsBundle("", site.text("functions.json"));
    expect(problems).toHaveLength(IDS.length);
    expect(problems[0]).toBe("AIROUND is listed in functions.json but not associated.");
  });

  it("returns the error when the bundle throws while loading", () => {
    const broken =
      'throw new Error("The bundled dataset is invalid:\\n- rounds[1] (sensetime-c)");';
    expect(checkFunctionsBundle(broken, site.text("functions.json"))).toEqual([
      "functions.js throws when it loads: The bundled dataset is invalid:\n- rounds[1] (sensetime-c)",
    ]);
  });

  it("returns associated ids missing from functions.json", () => {
    const code = 'CustomFunctions.associate("EXTRA", function () {});';
    expect(checkFunctionsBundle(code, JSON.stringify({ functions: [] }))).toEqual([
      "functions.json lists no functions.",
      "EXTRA is associated but missing from functions.json.",
    ]);
  });
});
