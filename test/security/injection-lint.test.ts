import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { join } from "path";

const root = join(__dirname, "../..");

const snippets: Record<string, string> = {
  innerHTML: "document.body.innerHTML = name;",
  outerHTML: "document.body.outerHTML = name;",
  insertAdjacentHTML: 'document.body.insertAdjacentHTML("beforeend", name);',
  documentWrite: "document.write(name);",
  eval: "eval(name);",
  newFunction: "new Function(name)();",
  textContent:
    'const cell = document.createElement("td");\ncell.textContent = name;\ndocument.body.append(cell);',
};

/** Injection findings per snippet, linted in one ESLint run with the project's configuration. */
function lintSnippets(): Record<string, string[]> {
  // Inside the project so the configuration applies; removed afterwards.
  const dir = mkdtempSync(join(root, "lint-fixtures-"));
  try {
    for (const [name, code] of Object.entries(snippets)) {
      writeFileSync(join(dir, `${name}.ts`), `declare const name: string;\n${code}\n`);
    }
    const run = spawnSync(
      process.execPath,
      [join(root, "node_modules/eslint/bin/eslint.js"), "--format", "json", dir],
      { cwd: root, encoding: "utf8" },
    );
    const reports = JSON.parse(run.stdout) as {
      filePath: string;
      messages: { ruleId: string | null; message: string }[];
    }[];
    return Object.fromEntries(
      reports.map((r) => [
        r.filePath.replace(/^.*[\\/]/, "").replace(/\.ts$/, ""),
        r.messages
          .filter((m) => m.ruleId === "no-restricted-syntax" || m.ruleId === "no-implied-eval")
          .map((m) => m.message),
      ]),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("the lint rule against HTML and code injection", () => {
  const findings = lintSnippets();

  it.each(["innerHTML", "outerHTML", "insertAdjacentHTML", "documentWrite", "eval", "newFunction"])(
    "flags %s",
    (name) => {
      expect(findings[name]).toEqual([expect.any(String)]);
    },
  );

  it("accepts DOM built with textContent", () => {
    expect(findings.textContent).toEqual([]);
  });
});
