import crypto from "crypto";
import fs from "fs";
import os from "os";
import path from "path";
import webpack, { type Configuration, type RuleSetRule, type Stats } from "webpack";
import type { ServedSite } from "./manifest/manifest-rules";

type ConfigFactory = (
  env: Record<string, string>,
  argv: { mode: "development" | "production" },
) => Promise<Configuration>;

export const ROOT = path.resolve(__dirname, "..");
// The build scripts are plain CommonJS; these are the only parts the tests use.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const makeConfig = require(path.join(ROOT, "webpack.config.js")) as ConfigFactory;
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const { DEV_URL, rewriteDevUrls } = require(path.join(ROOT, "scripts/manifest-url.js")) as {
  DEV_URL: string;
  rewriteDevUrls: (text: string, urlProd: string) => string;
};

/** A finished build in a temporary folder; `remove()` deletes it. */
export interface BuiltSite extends ServedSite {
  /** The folder holding the build. */
  dir: string;
  text(file: string): string;
  remove(): void;
}

/**
 * Runs the project's webpack configuration, as `npm run build` would, into `outDir` (default: a new
 * temporary folder). A production build needs `env.urlProd` (the configuration refuses otherwise). Minification and type checking are skipped: they change no file name or URL
 * and take most of the time (ts-jest type-checks the sources the tests import; `npm run build`
 * type-checks everything).
 * @example await buildSite("production", { urlProd: "https://example.com/deals/" })
 */
export async function buildSite(
  mode: "development" | "production",
  env: Record<string, string> = {},
  outDir?: string,
): Promise<BuiltSite> {
  const dir = outDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "ai-deals-build-"));
  const config = await makeConfig(env, { mode });
  const compiler = webpack({
    ...config,
    mode,
    context: ROOT,
    optimization: { ...config.optimization, minimize: false },
    module: { ...config.module, rules: config.module?.rules?.map(transpileOnly) },
    output: { ...config.output, path: dir },
    infrastructureLogging: { level: "error" },
  });
  const stats = await new Promise<Stats | undefined>((resolve, reject) =>
    compiler.run((error, result) => (error ? reject(error) : resolve(result))),
  );
  await new Promise((resolve) => compiler.close(resolve));
  if (!stats || stats.hasErrors()) throw new Error(stats?.toString("errors-only") ?? "no stats");
  return { ...readSite(dir, env), remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

/** The files of a finished build in `dir`. */
function readSite(dir: string, env: Record<string, string>): Omit<BuiltSite, "remove"> {
  const files = (fs.readdirSync(dir, { recursive: true }) as string[])
    .filter((file) => fs.statSync(path.join(dir, file)).isFile())
    .map((file) => file.split(path.sep).join("/"));
  const read = (file: string) => fs.readFileSync(path.join(dir, file));
  return {
    dir,
    base: env.urlProd ?? DEV_URL,
    files: new Set(files),
    read,
    text: (file) => read(file).toString("utf8"),
  };
}

/** Where shared builds live (git-ignored), one folder per build inputs' hash. */
export const BUILDS_DIR = path.join(ROOT, "test-results", "builds");

/** What a build reads: sources, assets, the build scripts and configuration, the lockfile. */
const BUILD_INPUTS = [
  "src",
  "assets",
  "scripts",
  "manifest.xml",
  "webpack.config.js",
  "tsconfig.json",
  "package-lock.json",
];

/** A hash of every build input's path and content: any change names a new build. */
function inputsHash(mode: string, env: Record<string, string>): string {
  const hash = crypto.createHash("sha256").update(JSON.stringify([mode, env]));
  const files = BUILD_INPUTS.flatMap((entry) => {
    const full = path.join(ROOT, entry);
    if (!fs.existsSync(full)) return [];
    if (!fs.statSync(full).isDirectory()) return [entry];
    return (fs.readdirSync(full, { recursive: true }) as string[])
      .map((file) => path.join(entry, file))
      .filter((file) => fs.statSync(path.join(ROOT, file)).isFile());
  });
  for (const file of files.sort()) {
    hash.update(file.split(path.sep).join("/")).update("\0");
    hash.update(fs.readFileSync(path.join(ROOT, file))).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * The build for `mode` and `env`, shared by every suite that needs it (the manifest and bundle
 * tests, the browser suite) and by later runs while no build input changes: it is kept in
 * test-results/builds/<mode>-<hash>/. Parallel test workers build it once: one takes a lock, the
 * others wait for it. `remove()` keeps a shared build; older builds of the same mode are deleted
 * when a new one is made.
 * @example const site = await sharedBuild("development"); site.text("functions.json")
 */
export async function sharedBuild(
  mode: "development" | "production",
  env: Record<string, string> = {},
): Promise<BuiltSite> {
  const label = `${mode}${env.urlProd ? "-url" : ""}`;
  const dir = path.join(BUILDS_DIR, `${label}-${inputsHash(mode, env)}`);
  const lock = `${dir}.lock`;
  fs.mkdirSync(BUILDS_DIR, { recursive: true });
  for (;;) {
    if (fs.existsSync(dir)) break;
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another worker is building it; a lock older than 5 minutes was left by a killed run.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? 0);
      if (age > 5 * 60_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      const staging = `${dir}.tmp`;
      fs.rmSync(staging, { recursive: true, force: true });
      await buildSite(mode, env, staging);
      for (const old of fs.readdirSync(BUILDS_DIR)) {
        if (old.startsWith(`${label}-`) && !/\.(lock|tmp)$/.test(old)) {
          fs.rmSync(path.join(BUILDS_DIR, old), { recursive: true, force: true });
        }
      }
      fs.renameSync(staging, dir);
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return { ...readSite(dir, env), remove: () => undefined };
}

function transpileOnly<T>(rule: T | RuleSetRule): T | RuleSetRule {
  const isTsLoader =
    typeof rule === "object" && rule !== null && "use" in rule && rule.use === "ts-loader";
  return isTsLoader
    ? { ...rule, use: { loader: "ts-loader", options: { transpileOnly: true } } }
    : rule;
}
