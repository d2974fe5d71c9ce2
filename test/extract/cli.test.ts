import { spawnSync } from "child_process";
import { join } from "path";
import { MAX_BYTES, runExtractCli, type CliIo } from "../../scripts/extract-cli";

const ARTICLE =
  "Acme Robotics said on Monday it raised $5 million in a seed round led by Foo Ventures.";

/** A file system with the given files and standard input, as the CLI sees them. */
function fakeIo(files: Record<string, Buffer | string>, stdin: Buffer | string = ""): CliIo {
  const get = (path: string) => {
    const content = files[path];
    if (content === undefined) throw Object.assign(new Error("ENOENT"), { code: "ENOENT" });
    return Buffer.from(content);
  };
  return {
    readFile: get,
    fileSize: (path) => get(path).length,
    readStdin: () => Buffer.from(stdin),
  };
}

const run = (args: string[], io = fakeIo({ "a.txt": ARTICLE })) => runExtractCli(args, io);

describe("npm run extract", () => {
  it("prints the rounds as JSON with --json", () => {
    const out = run(["a.txt", "--published", "2024-01-10", "--json"]);
    expect(out.code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.rounds[0]).toMatchObject({
      company: "Acme Robotics",
      series: "Seed",
      amount: { value: 5e6, currency: "USD", qualifier: null },
      announced: "2024-01-08",
      leads: ["Foo Ventures"],
    });
  });

  it("prints a readable table without --json, each field with its source", () => {
    const out = run(["a.txt", "--published=2024-01-10"]);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain("Company      Acme Robotics");
    expect(out.stdout).toContain("Amount       USD 5,000,000");
    expect(out.stdout).toContain(`"${ARTICLE}"`);
  });

  it("says so when an article reports no round", () => {
    const out = run(["n.txt", "--published", "2024-01-10"], fakeIo({ "n.txt": "Shares rose 4%." }));
    expect(out.stdout).toBe("No funding round found in this article.\n");
  });

  it("reads standard input for -", () => {
    const out = run(["-", "--published", "2024-01-10", "--json"], fakeIo({}, ARTICLE));
    expect(JSON.parse(out.stdout).rounds).toHaveLength(1);
  });

  it("exits non-zero for a missing file", () => {
    const out = run(["missing.txt", "--published", "2024-01-10"]);
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("extract: Cannot read 'missing.txt': no such file.\n");
  });

  it.each(["2024-02-30", "10/01/2024", "2024-1-5", "yesterday"])(
    "exits non-zero for the date %s",
    (date) => {
      const out = run(["a.txt", "--published", date]);
      expect(out.code).toBe(2);
      expect(out.stderr).toContain(
        `--published must be a real date written YYYY-MM-DD, not '${date}'.`,
      );
    },
  );

  it("exits non-zero without a date, a file, or with an unknown option", () => {
    expect(run(["a.txt"]).stderr).toContain(
      "Give the article's publication date: --published YYYY-MM-DD.",
    );
    expect(run(["--published", "2024-01-10"]).stderr).toContain("Name the article file");
    expect(run(["a.txt", "--published", "2024-01-10", "--xml"]).stderr).toContain(
      "Unknown option '--xml'.",
    );
    expect(run(["a.txt", "--published"]).code).toBe(2);
  });

  it("exits non-zero for a binary file", () => {
    const out = run(
      ["x.png", "--published", "2024-01-10"],
      fakeIo({ "x.png": Buffer.from([0x89, 0x50, 0, 0x0d]) }),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toBe("extract: 'x.png' is a binary file; give the article as plain text.\n");
  });

  it("exits non-zero for text that is not UTF-8", () => {
    const out = run(
      ["l.txt", "--published", "2024-01-10"],
      fakeIo({ "l.txt": Buffer.from([0x63, 0x61, 0x66, 0xe9]) }),
    );
    expect(out.code).toBe(1);
    expect(out.stderr).toContain("is not UTF-8 text");
  });

  it("exits non-zero for input over 1 MB, from a file or from standard input", () => {
    const huge = "a".repeat(MAX_BYTES + 1);
    const file = run(["big.txt", "--published", "2024-01-10"], fakeIo({ "big.txt": huge }));
    expect(file.code).toBe(1);
    expect(file.stderr).toBe(
      "extract: 'big.txt' is larger than 1 MB; the extractor reads one article at a time.\n",
    );
    const stdin = run(["-", "--published", "2024-01-10"], fakeIo({}, huge));
    expect(stdin.stderr).toContain("standard input is larger than 1 MB");
  });

  it("runs as a script: standard input in, JSON out; a missing file exits 1", () => {
    const root = join(__dirname, "../..");
    const tsx = join(root, "node_modules/.bin/tsx");
    const script = join(root, "scripts/extract-cli.ts");
    const ok = spawnSync(tsx, [script, "-", "--published", "2024-01-10", "--json"], {
      input: ARTICLE,
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).rounds[0].company).toBe("Acme Robotics");
    const missing = spawnSync(tsx, [script, "nope.txt", "--published", "2024-01-10"], {
      encoding: "utf8",
    });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("Cannot read 'nope.txt': no such file.");
  });
});
