/**
 * `npm run extract -- FILE --published YYYY-MM-DD [--headline "…"] [--json]`: the deal extractor
 * on one article. `-` reads standard input. Bad input (a missing file, a date that is not a real
 * YYYY-MM-DD, a binary or larger-than-1-MB input) exits non-zero with a message that says what to do.
 */
import { readFileSync, statSync } from "fs";
import { extractRounds } from "../src/extract";
import type { ExtractResult, ExtractedRound, Money } from "../src/extract";

/** Inputs larger than this are refused: no news article is, and a log file would be slow. */
export const MAX_BYTES = 1024 * 1024;

/** What the CLI needs from the outside world, so tests can run it in-process. */
export interface CliIo {
  readFile: (path: string) => Buffer;
  fileSize: (path: string) => number;
  readStdin: () => Buffer;
}

/** The exit code and what to print. */
export interface CliOutcome {
  code: number;
  stdout: string;
  stderr: string;
}

const USAGE =
  'Usage: npm run extract -- FILE --published YYYY-MM-DD [--headline "..."] [--json]\n' +
  "       FILE may be - to read the article from standard input.";

interface Options {
  file: string;
  published: string;
  headline?: string;
  json: boolean;
}

function parseArgs(argv: string[]): Options | string {
  let file: string | undefined;
  let published: string | undefined;
  let headline: string | undefined;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--published" || arg === "--headline") {
      const value = argv[i + 1];
      if (value === undefined) return `${arg} needs a value.`;
      if (arg === "--published") published = value;
      else headline = value;
      i++;
    } else if (arg.startsWith("--published=")) published = arg.slice(12);
    else if (arg.startsWith("--headline=")) headline = arg.slice(11);
    else if (arg.startsWith("--")) return `Unknown option '${arg}'.`;
    else if (file === undefined) file = arg;
    else return `Only one article at a time: got '${file}' and '${arg}'.`;
  }
  if (file === undefined) return "Name the article file (or - for standard input).";
  if (published === undefined)
    return "Give the article's publication date: --published YYYY-MM-DD.";
  return { file, published, headline, json };
}

function validDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const date = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return date.toISOString().slice(0, 10) === iso;
}

function readInput(options: Options, io: CliIo): string | { error: string } {
  const name = options.file === "-" ? "standard input" : `'${options.file}'`;
  let bytes: Buffer;
  try {
    if (options.file !== "-" && io.fileSize(options.file) > MAX_BYTES) {
      return { error: `${name} is larger than 1 MB; the extractor reads one article at a time.` };
    }
    bytes = options.file === "-" ? io.readStdin() : io.readFile(options.file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return { error: `Cannot read ${name}: no such file.` };
    if (code === "EISDIR") return { error: `Cannot read ${name}: it is a folder, not a file.` };
    return { error: `Cannot read ${name}: ${(error as Error).message}` };
  }
  if (bytes.length > MAX_BYTES) {
    return { error: `${name} is larger than 1 MB; the extractor reads one article at a time.` };
  }
  if (bytes.includes(0))
    return { error: `${name} is a binary file; give the article as plain text.` };
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { error: `${name} is not UTF-8 text; save the article as UTF-8 plain text.` };
  }
}

const money = (m: Money) =>
  `${m.qualifier ? `${m.qualifier} ` : ""}${m.currency} ${m.value.toLocaleString("en-US")}`;

function describe(round: ExtractedRound, index: number): string {
  const rows: [string, string][] = [
    ["Company", round.company],
    ["Round", round.series ?? "not stated"],
    [
      "Amount",
      round.amount
        ? money(round.amount) +
          (round.amountUsd !== null
            ? ` (USD ${round.amountUsd.toLocaleString("en-US")} stated)`
            : "")
        : "not disclosed",
    ],
    ["Announced", round.announced ?? "not stated"],
    ["Leads", round.leads.join("; ") || "not stated"],
    ["Participants", round.participants.join("; ") || "not stated"],
    [
      "Valuation",
      round.valuation
        ? money(round.valuation) + (round.valuation.basis ? `, ${round.valuation.basis}` : "")
        : "not stated",
    ],
    [
      "Reported as",
      round.isCurrentRound ? "news in this article" : "an earlier round, mentioned in passing",
    ],
  ];
  const lines = rows.map(([k, v]) => `  ${k.padEnd(13)}${v}`);
  // Fields that rest on the same passage share one line.
  const byQuote = new Map<string, string[]>();
  for (const [field, quote] of Object.entries(round.quotes)) {
    byQuote.set(quote, [...(byQuote.get(quote) ?? []), field]);
  }
  const quotes = [...byQuote].map(([quote, fields]) => `    ${fields.join(", ")}: "${quote}"`);
  return [`Round ${index + 1}`, ...lines, "  Sources", ...quotes].join("\n");
}

/** The readable table printed without --json. */
export function formatResult(result: ExtractResult): string {
  const parts = result.rounds.length
    ? result.rounds.map(describe)
    : ["No funding round found in this article."];
  for (const issue of result.issues) parts.push(`Note: ${issue.message}`);
  return `${parts.join("\n\n")}\n`;
}

/**
 * Runs the CLI on `argv` (the arguments after the script name).
 *
 * @example
 * runExtractCli(["article.txt", "--published", "2018-04-10", "--json"], nodeIo).code // 0
 */
export function runExtractCli(argv: string[], io: CliIo): CliOutcome {
  if (argv.includes("--help") || argv.includes("-h"))
    return { code: 0, stdout: `${USAGE}\n`, stderr: "" };
  const options = parseArgs(argv);
  const fail = (message: string): CliOutcome => ({
    code: 2,
    stdout: "",
    stderr: `extract: ${message}\n${USAGE}\n`,
  });
  if (typeof options === "string") return fail(options);
  if (!validDate(options.published)) {
    return fail(`--published must be a real date written YYYY-MM-DD, not '${options.published}'.`);
  }
  const text = readInput(options, io);
  if (typeof text !== "string") return { code: 1, stdout: "", stderr: `extract: ${text.error}\n` };
  const result = extractRounds({ text, published: options.published, headline: options.headline });
  const stdout = options.json ? `${JSON.stringify(result, null, 2)}\n` : formatResult(result);
  return { code: 0, stdout, stderr: "" };
}

/** The real file system and standard input. */
export const nodeIo: CliIo = {
  readFile: (path) => readFileSync(path),
  fileSize: (path) => statSync(path).size,
  readStdin: () => readFileSync(0),
};

if (require.main === module) {
  const outcome = runExtractCli(process.argv.slice(2), nodeIo);
  process.stdout.write(outcome.stdout);
  process.stderr.write(outcome.stderr);
  process.exitCode = outcome.code;
}
