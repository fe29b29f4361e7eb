/**
 * The rota command line as one file for node (`npm run build:bundle` → dist/rota/rota.js): the CLI,
 * the engine and its libraries (exceljs, fflate, saxes, commander …) in one script that needs no
 * `npm ci` and no node_modules. A coordinator copies dist/rota/ anywhere and runs
 * `node rota.js validate 2026年度.xlsx`. `highs.wasm` sits beside it for `rota plan` / `rota fix`
 * (webpack emits it as the HiGHS loader's asset); every other command needs the one file only.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const webpack = require("webpack");

const ROOT = path.resolve(__dirname, "..", "..");
const OUTPUT = path.join(ROOT, "dist", "rota");
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));

module.exports = {
  mode: "production",
  target: "node20",
  context: ROOT,
  entry: { rota: "./src/cli/main.ts" },
  // highs.wasm keeps its name (webpack emits it as an asset of the HiGHS loader).
  output: { path: OUTPUT, filename: "[name].js", assetModuleFilename: "[name][ext]", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { configFile: path.join(ROOT, "src", "cli", "tsconfig.json"), transpileOnly: true, compilerOptions: { module: "es2020", noEmit: false } },
        },
      },
    ],
  },
  // One file: the dynamic import of HiGHS stays in it instead of becoming a chunk.
  optimization: { minimize: true, splitChunks: false },
  // __dirname is the bundle's folder at run time, where highs.wasm is.
  node: { __dirname: false, __filename: false },
  performance: { hints: false },
  plugins: [
    new webpack.optimize.LimitChunkCountPlugin({ maxChunks: 1 }),
    new webpack.BannerPlugin({ banner: "#!/usr/bin/env node", raw: true, entryOnly: true }),
    new webpack.DefinePlugin({ "process.env.ROTA_BUNDLED_VERSION": JSON.stringify(pkg.version) }),
  ],
  stats: "errors-warnings",
};
