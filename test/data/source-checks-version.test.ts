import fs from "fs";
import path from "path";
import { xxHash32 } from "js-xxhash";
import { SOURCE_CHECKS_VERSION } from "../../src/data/validate-source";

/** The files whose code decides whether a source document passes its checks. */
const CHECK_FILES = [
  "src/data/schema.ts",
  "src/data/currencies.ts",
  "src/data/validate-source.ts",
  "src/sources/validate-document.ts",
];

/**
 * Documents kept in a workbook carry the seal of the checks they passed and are not checked again
 * while the seal's version holds, by this version of the add-in or any other. So any change to
 * what the checks accept or refuse, in either direction, must raise SOURCE_CHECKS_VERSION: an
 * add-in that accepts more would otherwise seal documents an earlier one refuses. This test holds
 * a fingerprint of the checks' code: when it fails, raise the version if what is accepted or
 * refused changed (a reworded comment or message needs no raise), then write both new values here.
 */
describe("SOURCE_CHECKS_VERSION", () => {
  it("is decided again whenever the checks' code changes", () => {
    const root = path.join(__dirname, "../..");
    const code = CHECK_FILES.map((file) => fs.readFileSync(path.join(root, file), "utf8"));
    const fingerprint = xxHash32(code.join("\n").replace(/\r\n/g, "\n"), 0).toString(16);
    expect({ version: SOURCE_CHECKS_VERSION, fingerprint }).toEqual({
      version: 1,
      fingerprint: "68943ae",
    });
  });
});
