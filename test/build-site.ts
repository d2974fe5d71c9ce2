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
    remove: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

function transpileOnly<T>(rule: T | RuleSetRule): T | RuleSetRule {
  const isTsLoader =
    typeof rule === "object" && rule !== null && "use" in rule && rule.use === "ts-loader";
  return isTsLoader
    ? { ...rule, use: { loader: "ts-loader", options: { transpileOnly: true } } }
    : rule;
}
