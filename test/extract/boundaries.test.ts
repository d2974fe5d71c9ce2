import path from "path";
import {
  OFFICE_GLOBALS,
  OFFICE_PACKAGES,
  checkBoundaries,
  describeViolation,
} from "../architecture/import-boundaries";

const src = path.join(__dirname, "../../src");

describe("the extractor's boundaries", () => {
  it("keeps src/extract pure: no Office, no DOM, no network, no other layer", () => {
    const found = checkBoundaries(path.join(src, "extract"), {
      forbiddenDirs: ["taskpane", "functions", "cell-values", "runtime", "domain", "data"].map(
        (dir) => path.join(src, dir),
      ),
      forbiddenPackages: [...OFFICE_PACKAGES, "node:", "fs", "http", "https"],
      forbiddenGlobals: [...OFFICE_GLOBALS, "document", "window", "fetch", "XMLHttpRequest"],
    });
    expect(found.map(describeViolation)).toEqual([]);
  });

  it("keeps the extractor and its date library out of functions.js", () => {
    const found = checkBoundaries(path.join(src, "functions"), {
      forbiddenDirs: [path.join(src, "extract")],
      forbiddenPackages: ["chrono-node"],
      forbiddenGlobals: [],
    });
    expect(found.map(describeViolation)).toEqual([]);
  });
});
