/* eslint-disable no-undef */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const { devHttpsOptions } = require("./scripts/dev-certs");
const { BundleCheckPlugin } = require("./scripts/bundle-check-plugin");
const { rewriteDevUrls } = require("./scripts/manifest-url");
const { buildSettings, OFFICE_JS_LOCAL } = require("./scripts/build-settings");

const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/**
 * `--env urlProd=https://host/path/` sets the deployment URL written into the manifest and
 * functions.json; a production build refuses to run without it (scripts/build-settings.js).
 * `--env officeJs=local|cdn` chooses where pages load office.js from: development and tests serve
 * the copy in @microsoft/office-js (works offline); production always uses Microsoft's CDN.
 */
module.exports = async (env = {}, argv = {}) => {
  const dev = argv.mode !== "production";
  const { urlProd, officeJs } = buildSettings(env, dev);

  return {
    devtool: dev ? "source-map" : false,
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    // `.js` in an import may name a TypeScript file (Node16 resolution, used by the tests).
    resolve: { extensions: [".ts", ".js"], extensionAlias: { ".js": [".ts", ".js"] } },
    module: {
      rules: [
        { test: /\.ts$/, exclude: /node_modules/, use: "ts-loader" },
        { test: /\.css$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
      ],
    },
    performance: { hints: false },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        // Shared runtime: the pane page also hosts the custom functions (manifest <Page>).
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
        scriptLoading: "defer",
        templateParameters: { officeJs },
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/taskpane.css", to: "taskpane.css" },
          { from: "src/help/help.html", to: "help.html" },
          { from: "src/taskpane/host-check.js", to: "host-check.js" },
          // Header rules for two static hosts (README, Deploy); other hosts ignore these files.
          { from: "deploy/_headers", to: "_headers", toType: "file" },
          { from: "deploy/staticwebapp.config.json", to: "staticwebapp.config.json" },
          { from: "manifest.xml", to: "manifest.xml" },
          ...officeJsFiles(officeJs),
        ],
      }),
      new RewriteDevUrlsPlugin(["manifest.xml", "functions.json", "functions.js"], urlProd),
      // Runs the emitted functions.js once: a bad dataset record or an unassociated id fails the build.
      new BundleCheckPlugin(),
    ],
    devServer: {
      host: "localhost",
      port,
      hot: false,
      liveReload: false,
      client: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      // Only `webpack serve` needs (and may create) the certificates; builds and tests do not.
      server: env.WEBPACK_SERVE ? { type: "https", options: await devHttpsOptions() } : undefined,
      static: false,
    },
  };
};

/**
 * Replaces the development URL in emitted assets (the manifest; functions.json, whose `helpUrl`
 * values point at help.html) once every plugin has added its files.
 */
class RewriteDevUrlsPlugin {
  constructor(assetNames, urlProd) {
    this.assetNames = assetNames;
    this.urlProd = urlProd;
  }

  apply(compiler) {
    const { Compilation, sources } = compiler.webpack;
    compiler.hooks.thisCompilation.tap("RewriteDevUrlsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: "RewriteDevUrlsPlugin", stage: Compilation.PROCESS_ASSETS_STAGE_ADDITIONS },
        () => {
          for (const name of this.assetNames) {
            const asset = compilation.getAsset(name);
            if (!asset) continue;
            const text = rewriteDevUrls(asset.source.source().toString(), this.urlProd);
            compilation.updateAsset(name, new sources.RawSource(text));
          }
        },
      );
    });
  }
}

/** office.js and the host scripts it loads, served from our origin; already minified upstream. */
function officeJsFiles(officeJs) {
  if (officeJs !== OFFICE_JS_LOCAL) return [];
  const from = "node_modules/@microsoft/office-js/dist";
  return [
    "office.js",
    "o15apptofilemappingtable.js",
    "custom-functions-runtime.js",
    "excel-*.js",
    "excelwebapp-*.js",
    "*/office_strings.js",
  ].map((glob) => ({
    from: glob,
    context: from,
    to: "office-js/",
    globOptions: { ignore: ["**/*.debug.js"] },
    info: { minimized: true },
  }));
}
