/**
 * ESLint 9 for `npm run lint` (office-addin-lint picks this file up) and `npm test` (eslint src):
 * ESLint's recommended rules and type-aware TypeScript rules on all of src; on the add-in's folders
 * also Office's own rules (eslint-plugin-office-addins: load before read, sync after load, no sync
 * in loops, isNullObject) and Office's Prettier style (office-addin-prettier-config); on the task
 * pane React's rules of hooks.
 */
import officeAddins from "eslint-plugin-office-addins";
import officePrettier from "office-addin-prettier-config";
import tsParser from "@typescript-eslint/parser";
import tseslint from "typescript-eslint";
import globals from "globals";
import reactHooks from "eslint-plugin-react-hooks";

/** The add-in's own code: functions, the shared-runtime helpers, commands and task pane. */
const ADDIN = ["src/functions/**/*.ts", "src/addin/**/*.ts", "src/commands/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"];

/** Code that asserts nothing: every `!` and cast replaced by narrowing (issue 11). */
const NARROWED = ["src/engine/**/*.ts", "src/cli/**/*.ts", "src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"];

/**
 * typescript-eslint's type-aware recommendations, under the prefix `ts/`: Office's config already
 * registers an older copy of the plugin as `@typescript-eslint`, and a name can be registered once.
 */
const TYPE_CHECKED = Object.fromEntries(
  Object.entries(Object.assign({}, ...tseslint.configs.recommendedTypeChecked.map((config) => config.rules ?? {}))).map(
    ([rule, level]) => [rule.replace(/^@typescript-eslint\//, "ts/"), level]
  )
);

/** Office's config for .ts files (its plugins and rules), which the task pane's .tsx files need too. */
const OFFICE_TS = officeAddins.configs.recommended.find((config) => Array.isArray(config.files));

export default [
  { ignores: ["dist/**", "node_modules/**", "coverage/**", "test/.out/**"] },
  ...officeAddins.configs.recommended,
  { ...OFFICE_TS, files: ["src/taskpane/**/*.tsx"] },
  {
    // Office's rules know office.js; elsewhere (exceljs in the xlsx adapter) they misread objects.
    ignores: ADDIN,
    rules: Object.fromEntries(Object.keys(officeAddins.rules).map((rule) => [`office-addins/${rule}`, "off"])),
  },
  {
    languageOptions: {
      parser: tsParser,
      ecmaVersion: 2022,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      // TypeScript checks names itself, and knows the Office globals from their types.
      "no-undef": "off",
      // Prettier formats the add-in's folders only (below); the rest of the project has its own style.
      "prettier/prettier": "off",
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs" },
  },
  {
    // Type-aware rules over all of src.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    plugins: { ts: tseslint.plugin },
    languageOptions: {
      parser: tsParser,
      parserOptions: { project: "./tsconfig.json", tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...TYPE_CHECKED,
      "@typescript-eslint/no-unused-vars": "off", // ts/no-unused-vars instead
      "ts/no-explicit-any": "error",
      // A name that starts with _ is unused on purpose (a parameter a signature needs, a skipped element).
      "ts/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      "ts/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
    },
  },
  {
    // Prettier formats the add-in's folders only (the Office template's style); the engine, the CLI
    // and the file adapters keep the project's own formatting.
    files: ADDIN,
    rules: { "prettier/prettier": ["error", { ...officePrettier, endOfLine: "auto" }] },
  },
  {
    // No `x!` anywhere in src (noUncheckedIndexedAccess is on: an index is narrowed, not asserted),
    // and no object literal cast to a type (it hides a missing or misspelt key): annotate or `satisfies`.
    files: ["src/**/*.ts", "src/**/*.tsx"],
    rules: {
      "ts/no-non-null-assertion": "error",
      "ts/consistent-type-assertions": ["error", { assertionStyle: "as", objectLiteralTypeAssertions: "never" }],
    },
  },
  {
    // No `as T` (but `as const`) in the engine, the CLI and the task pane, narrowed for
    // noUncheckedIndexedAccess: a discriminant, a guard, `?.`/`??` or model/invariant.ts's `at`/`must`
    // (which name the invariant and throw an InternalError) say what the assertion only assumed.
    files: NARROWED,
    rules: {
      "ts/consistent-type-assertions": ["error", { assertionStyle: "never" }],
    },
  },
  {
    // One way only: src/functions imports the add-in's Excel-side readers and their contracts
    // (src/addin/readers.ts), never the other way (issue 11: the two folders imported each other).
    files: ["src/addin/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [{ group: ["**/functions", "**/functions/**"], message: "src/addin must not import src/functions: put what both need in src/addin (readers.ts) or the engine." }] },
      ],
    },
  },
  {
    // React's rules of hooks and the React Compiler's checks, on the task pane. A missed effect
    // dependency is an error: it is a stale closure, a bug the pane has had.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ...reactHooks.configs.flat.recommended,
    rules: { ...reactHooks.configs.flat.recommended.rules, "react-hooks/exhaustive-deps": "error" },
  },
];
