import { execFileSync } from "child_process";
import fs from "fs";
import os from "os";
import path from "path";
import { rawDataset } from "../../src/data/dataset";
import { ROOT } from "../build-site";

/**
 * A watching build (`npm start`) checks the bundled dataset after every emit: each check must read
 * the dataset as it is now. Run in plain Node, as webpack runs the plugin.
 */
describe("checkBundledDataset in a watching build", () => {
  it("reads the dataset again at each check, so an edit that breaks a record fails the next build", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "dataset-check-"));
    const file = path.join(dir, "dataset.ts");
    const write = (data: unknown) =>
      `require("fs").writeFileSync(${JSON.stringify(file)}, "export const rawDataset = " + JSON.stringify(${JSON.stringify(data)}) + ";\\n");`;
    const bad = JSON.parse(JSON.stringify(rawDataset)) as { sources: { rounds: object[] }[] };
    bad.sources[0].rounds[1] = { ...bad.sources[0].rounds[1], amount: { amount: -1 } };
    const script = [
      `const { checkBundledDataset } = require(${JSON.stringify(path.join(ROOT, "scripts/bundle-check-plugin.js"))});`,
      write(rawDataset),
      `const first = checkBundledDataset(${JSON.stringify(file)});`,
      write(bad),
      `const second = checkBundledDataset(${JSON.stringify(file)});`,
      "process.stdout.write(JSON.stringify([first, second.length > 0]));",
    ].join("\n");
    try {
      const counts = execFileSync(process.execPath, ["-e", script], {
        cwd: ROOT,
        encoding: "utf8",
      });
      expect(JSON.parse(counts)).toEqual([[], true]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
