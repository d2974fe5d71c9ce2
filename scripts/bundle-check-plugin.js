/**
 * Fails the build when the emitted functions bundle would fail in Excel: it is run once in a bare
 * Node `vm` context holding only a stand-in for Excel's `CustomFunctions` runtime, and every id in
 * functions.json must be associated with a function, or Excel shows #NAME? for it. The bundled
 * dataset is checked here too, by the rules added sources pass: the bundle takes it as written
 * (it carries no schema), so a bad record, or one the checks would change, fails the build.
 */
const path = require("path");
const { isDeepStrictEqual } = require("util");
const vm = require("vm");

const LOAD_TIMEOUT_MS = 10_000;

/** Excel's error codes, as in @types/custom-functions-runtime. */
const ERROR_CODES = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
};

/** `CustomFunctions.Error`: what a custom function throws to answer with an Excel error. */
class CustomFunctionsError extends Error {
  constructor(code, message) {
    super(message);
    this.name = "CustomFunctionsError";
    this.code = code;
  }
}

/**
 * A `CustomFunctions` global that records what the bundle associates, id → value. The build, the
 * unit tests and the benchmark all stand in for Excel's runtime with this one.
 */
function customFunctionsStub(associated) {
  return {
    associate(idOrMappings, value) {
      const pairs =
        typeof idOrMappings === "string" ? [[idOrMappings, value]] : Object.entries(idOrMappings);
      for (const [id, fn] of pairs) associated.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode: ERROR_CODES,
  };
}

/**
 * Runs a functions bundle and compares what it associates with the ids functions.json lists.
 * Returns the problems found, each a sentence; none when the bundle is sound.
 */
function checkFunctionsBundle(code, metadataJson) {
  let associated;
  try {
    associated = runFunctionsBundle(code);
  } catch (error) {
    const message = error && error.message ? error.message : String(error);
    return [`functions.js throws when it loads: ${message}`];
  }
  let ids;
  try {
    ids = JSON.parse(metadataJson).functions.map((f) => f.id);
  } catch (error) {
    return [`functions.json is not readable metadata: ${error.message}`];
  }
  const problems = [];
  if (ids.length === 0) problems.push("functions.json lists no functions.");
  for (const id of ids) {
    if (!associated.has(id)) problems.push(`${id} is listed in functions.json but not associated.`);
    else if (typeof associated.get(id) !== "function") {
      problems.push(`${id} is associated with a ${typeof associated.get(id)}, not a function.`);
    }
  }
  for (const id of associated.keys()) {
    if (!ids.includes(id)) problems.push(`${id} is associated but missing from functions.json.`);
  }
  return problems;
}

/**
 * Runs a functions bundle as Excel does, with only a `CustomFunctions` global, and returns what it
 * associated, id → value. Throws what the bundle throws while loading.
 */
function runFunctionsBundle(code) {
  const associated = new Map();
  vm.runInNewContext(
    code,
    { CustomFunctions: customFunctionsStub(associated) },
    { filename: "functions.js", timeout: LOAD_TIMEOUT_MS },
  );
  return associated;
}

/**
 * A dataset's problems by `validateDataset` (src/data/validate-dataset.ts), each a sentence naming
 * the record: none when every record passes and the checks change nothing in it.
 */
function datasetProblems(rawDataset, validateDataset) {
  const checked = validateDataset(rawDataset);
  if (!checked.ok) return checked.issues.map((issue) => `bundled dataset: ${issue}`);
  return isDeepStrictEqual(JSON.parse(JSON.stringify(checked.value)), rawDataset)
    ? []
    : ["bundled dataset: its checks change it, so functions.js cannot take it as written."];
}

/** The problems of the bundled dataset (or of the module `file` exporting one): see `datasetProblems`. */
function checkBundledDataset(file = path.join(__dirname, "../src/data/dataset.ts")) {
  // The dataset and its checks are TypeScript: read through tsx, as the benchmark reads them.
  const { register } = require("tsx/cjs/api");
  const unregister = register();
  // Read afresh at every check: a watching build checks the dataset as it is now.
  const cached = new Set(Object.keys(require.cache));
  try {
    const { rawDataset } = require(file);
    const { validateDataset } = require("../src/data/validate-dataset.ts");
    return datasetProblems(rawDataset, validateDataset);
  } finally {
    for (const key of Object.keys(require.cache)) if (!cached.has(key)) delete require.cache[key];
    unregister();
  }
}

/** Webpack plugin: after emit, checks the bundle and turns each problem into a build error. */
class BundleCheckPlugin {
  constructor({ bundle = "functions.js", metadata = "functions.json" } = {}) {
    this.bundle = bundle;
    this.metadata = metadata;
  }

  apply(compiler) {
    const { WebpackError } = compiler.webpack;
    // After emit webpack has released the sources, so the files are read back from the output
    // file system (the disk, or the dev server's memory).
    compiler.hooks.afterEmit.tapPromise("BundleCheckPlugin", async (compilation) => {
      if (compilation.errors.length > 0) return;
      const fs = compiler.outputFileSystem;
      const read = (name) =>
        new Promise((resolve) => {
          const file = path.join(compilation.outputOptions.path, name);
          fs.readFile(file, (error, data) => resolve(error ? undefined : data.toString()));
        });
      const [code, metadata] = await Promise.all([read(this.bundle), read(this.metadata)]);
      const problems = [
        ...(code === undefined || metadata === undefined
          ? [`${this.bundle} or ${this.metadata} was not emitted.`]
          : checkFunctionsBundle(code, metadata)),
        ...checkBundledDataset(),
      ];
      for (const problem of problems) {
        compilation.errors.push(new WebpackError(`Bundle check: ${problem}`));
      }
    });
  }
}

module.exports = {
  BundleCheckPlugin,
  checkBundledDataset,
  checkFunctionsBundle,
  datasetProblems,
  runFunctionsBundle,
  customFunctionsStub,
  CustomFunctionsError,
  ERROR_CODES,
};
