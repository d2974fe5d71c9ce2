import path from "path";
import webpack, { type Configuration, type Stats } from "webpack";
import { projectRoot } from "./suite";

type ConfigFactory = (
  env: Record<string, string>,
  argv: { mode: "development" },
) => Promise<Configuration>;

/**
 * Builds the add-in with the project's webpack config (development, office.js served from our own
 * origin) into `outDir`. Always building is simple and correct, and takes a few seconds; a separate
 * output folder means a running `npm start` or a production build in dist/ is never clobbered.
 */
export async function buildSite(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the config is CommonJS
  const factory = require(path.join(projectRoot, "webpack.config.js")) as ConfigFactory;
  const config = await factory({ officeJs: "local" }, { mode: "development" });
  const stats = await compile({
    ...config,
    mode: "development",
    context: projectRoot,
    output: { ...config.output, path: outDir },
  });
  if (stats.hasErrors()) {
    throw new Error(`webpack build failed:\n${stats.toString({ all: false, errors: true })}`);
  }
}

function compile(config: Configuration): Promise<Stats> {
  return new Promise((resolve, reject) => {
    const compiler = webpack(config);
    compiler.run((err, stats) => {
      compiler.close(() => (err || !stats ? reject(err ?? new Error("no stats")) : resolve(stats)));
    });
  });
}
