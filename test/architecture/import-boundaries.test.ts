import fs from "fs";
import os from "os";
import path from "path";
import {
  OFFICE_GLOBALS,
  OFFICE_PACKAGES,
  checkBoundaries,
  describeViolation,
  type BoundaryRules,
} from "./import-boundaries";

const src = path.join(__dirname, "../../src");

/** The pure core: no Office, no pane, no custom-function adapters, no cell values, no page root. */
const DOMAIN_RULES: BoundaryRules = {
  forbiddenDirs: ["taskpane", "functions", "cell-values", "runtime"].map((dir) =>
    path.join(src, dir),
  ),
  forbiddenPackages: OFFICE_PACKAGES,
  forbiddenGlobals: OFFICE_GLOBALS,
};

/** The sources and their schema sit below the domain. */
const DATA_RULES: BoundaryRules = {
  ...DOMAIN_RULES,
  forbiddenDirs: [...DOMAIN_RULES.forbiddenDirs, path.join(src, "domain")],
};

describe("import boundaries", () => {
  it("keeps src/domain free of Office, the pane, the functions and cell values", () => {
    const found = checkBoundaries(path.join(src, "domain"), DOMAIN_RULES).map(describeViolation);
    expect(found).toEqual([]);
  });

  it("keeps src/data below the domain", () => {
    expect(checkBoundaries(path.join(src, "data"), DATA_RULES).map(describeViolation)).toEqual([]);
  });
});

describe("checkBoundaries", () => {
  let fixture: string;

  beforeAll(() => {
    fixture = fs.mkdtempSync(path.join(os.tmpdir(), "boundaries-"));
    const files: Record<string, string> = {
      "domain/clean.ts": [
        'import { ok } from "./core";',
        '// Excel.run is named in a comment, and in a string: "Office.context".',
        'export const label = { Excel: "a key, not the global" };',
        "export const value = ok.Excel;",
      ].join("\n"),
      "domain/core.ts": "export const ok = { Excel: 1 };",
      "domain/facts/planted-import.ts":
        'import { byId } from "../../taskpane/dom";\nexport { byId };',
      "domain/uses-excel.ts": "export const run = () => Excel.run(async () => undefined);",
      "domain/types-office.ts": "export type Range = Excel.Range;",
      "domain/office-package.ts":
        'import "office-addin-mock";\nexport const x = require("office-js");',
      "domain/lazy.ts": 'export const load = () => import("../functions/functions");',
      "taskpane/dom.ts": "export const byId = () => undefined;",
      "functions/functions.ts": "export {};",
    };
    for (const [name, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(fixture, name)), { recursive: true });
      fs.writeFileSync(path.join(fixture, name), text);
    }
  });

  afterAll(() => fs.rmSync(fixture, { recursive: true, force: true }));

  it("names each planted breach with its file and line, and nothing in a clean file", () => {
    const rules: BoundaryRules = {
      forbiddenDirs: [path.join(fixture, "taskpane"), path.join(fixture, "functions")],
      forbiddenPackages: OFFICE_PACKAGES,
      forbiddenGlobals: OFFICE_GLOBALS,
    };
    expect(checkBoundaries(path.join(fixture, "domain"), rules).map(describeViolation)).toEqual([
      'facts/planted-import.ts:1 reaches taskpane/ (imports "../../taskpane/dom")',
      'lazy.ts:1 reaches functions/ (imports "../functions/functions")',
      'office-package.ts:1 reaches the package "office-addin-mock"',
      'office-package.ts:2 reaches the package "office-js"',
      "types-office.ts:1 reaches the Excel global",
      "uses-excel.ts:1 reaches the Excel global",
    ]);
  });
});
