/** The real-browser suite (npm run test:e2e): builds the add-in, serves it and drives Chromium. */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.test.ts"],
  transform: {
    "^.+\\.ts$": ["ts-jest", { tsconfig: "<rootDir>/test/tsconfig.json" }],
  },
  globalSetup: "<rootDir>/test/e2e/global-setup.ts",
  globalTeardown: "<rootDir>/test/e2e/global-teardown.ts",
  // One Chromium at a time, and room for a cold browser start on a slow CI machine.
  maxWorkers: 1,
  testTimeout: 60_000,
};
