import officeAddins from "eslint-plugin-office-addins";
import tseslint from "typescript-eslint";

/** Sinks that turn data into markup or code; the pane builds DOM nodes with textContent instead. */
const injectionSinks = [
  {
    selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]",
    message: "Build DOM nodes and set textContent instead.",
  },
  {
    selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
    message: "Build DOM nodes instead.",
  },
  {
    selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]",
    message: "Build DOM nodes instead.",
  },
  { selector: "CallExpression[callee.name='eval']", message: "Never evaluate strings as code." },
  { selector: "NewExpression[callee.name='Function']", message: "Never evaluate strings as code." },
];

/**
 * office-addins' recommended config registers its own, older copy of the @typescript-eslint plugin;
 * ESLint refuses a second definition, so drop it and let typescript-eslint's config define it.
 */
const officeAddinsRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins?.["@typescript-eslint"]) return config;
  const plugins = { ...config.plugins };
  delete plugins["@typescript-eslint"];
  return { ...config, plugins };
});

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-results/"] },
  ...officeAddinsRecommended,
  ...tseslint.configs.recommended,
  {
    files: ["**/*.ts"],
    plugins: { "office-addins": officeAddins },
    languageOptions: { parser: tseslint.parser },
    rules: {
      "no-restricted-syntax": ["error", ...injectionSinks],
      "no-implied-eval": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-non-null-assertion": "error",
    },
  },
);
