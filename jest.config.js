/** Unit and integration tests; the real-browser suite runs separately (npm run test:e2e). */
module.exports = {
  testEnvironment: "node",
  // The pane suites load the whole pane into jsdom on their first test; on a busy 2-core machine
  // that alone can pass the default 5 s.
  testTimeout: 30_000,
  roots: ["<rootDir>/test"],
  testMatch: ["**/*.test.ts"],
  testPathIgnorePatterns: ["/node_modules/", "/test/e2e/"],
  setupFiles: ["<rootDir>/test/publish-catalog.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  moduleNameMapper: {
    // office-addin-mock requires office-addin-manifest, whose entry pulls an ESM-only dependency
    // (strip-bom) that jest cannot load; the mock only needs the OfficeApp enum.
    "^office-addin-manifest$": "<rootDir>/node_modules/office-addin-manifest/lib/officeApp.js",
    // Jest cannot run the pane's dynamic import() of the formula reader: load it with require.
    "^\\./load-evaluator$": "<rootDir>/test/taskpane/playground/load-evaluator-sync.ts",
    "^\\./load-wasm-hash$": "<rootDir>/test/excel/load-wasm-hash-sync.ts",
    "^\\.\\./add-source/load-deal-reader$":
      "<rootDir>/test/taskpane/add-source/load-deal-reader-sync.ts",
  },
};
