/**
 * The `rota` that package.json's `bin` names (npm link, npx): Rota's own code as one file for node
 * (`npm run build:cli` → dist/bin/rota.js), its libraries required from node_modules as installed.
 *
 * Why one file: `rota validate` on a 3,000-resident cohort loaded 163 of Rota's compiled modules,
 * each resolved, read, wrapped and compiled on its own — about 50 ms of CPU in every run, whatever
 * the workbook (issue 13). One file, its modules joined where webpack can, costs a fraction of that.
 * Not minified: a stack trace or `--debug` output still names Rota's functions.
 *
 * The self-contained single file to copy anywhere (libraries inside) is bundle.config.js's; this
 * one takes that configuration and changes only what goes in and where it is written.
 */
"use strict";
const path = require("path");
const single = require("./bundle.config.js");

const ROOT = path.resolve(__dirname, "..", "..");

module.exports = {
  ...single,
  output: { ...single.output, path: path.join(ROOT, "dist", "bin") },
  optimization: { ...single.optimization, minimize: false },
  // Every package (a request that is not a relative path) is required from node_modules when used:
  // the CLI loads exceljs, SheetJS, saxes, HiGHS … only in the commands and files that need them.
  externalsPresets: { node: true },
  externals: [({ request }, callback) => (request && /^[@a-z]/i.test(request) && !request.startsWith("node:") ? callback(null, `commonjs ${request}`) : callback())],
};
