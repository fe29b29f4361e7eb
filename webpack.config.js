/**
 * Builds the Excel add-in into dist/addin/ (the CLI's `tsc` output lives beside it in dist/src,
 * dist/test …: webpack cleans only its own folder).
 *
 *   npm run build       production: hashed, minified; URLs from ROTA_ADDIN_URL (required, not localhost)
 *   npm run build:local production files with the development server's URL (tests, trying it here)
 *   npm run build:dev   development: plain names, source maps, https://localhost:<port>/
 *   npm run dev-server  the same served over HTTPS with office-addin-dev-certs, for sideloading
 *
 * The port is package.json's config.dev_server_port (as in the Office templates; office-addin-debugging
 * reads it too).
 *
 * One entry each for the functions, the task pane and the ribbon's commands; all three load into
 * one page, taskpane.html, which is the add-in's shared runtime. custom-functions-metadata-plugin
 * writes functions.json from the JSDoc in src/functions/functions.ts; src/addin/build/plugin.js
 * checks it, writes functions.en.json and the manifest for the build, and fails the build when a
 * function is missing.
 */
"use strict";
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const webpack = require("webpack");
const { RotaAddinPlugin, deploymentUrl, devServerPort, devUrl } = require("./src/addin/build/plugin");

const OUTPUT = path.resolve(__dirname, "dist/addin");
const PACKAGE_JSON = path.resolve(__dirname, "package.json");

/**
 * @param {Record<string, unknown>} env `--env` flags: `transpileOnly` skips type checking (tests),
 *   `output=DIR` builds elsewhere (tests), `localhost` lets a production build use the development
 *   server's URL (npm run build:local), `harness` adds the browser tests' page (harness.html: the
 *   pane against an in-memory workbook, from test/taskpane/memory; never in `npm run build`).
 * @param {{ mode?: string }} argv
 */
module.exports = async (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const port = devServerPort(PACKAGE_JSON);
  const baseUrl = production ? deploymentUrl(process.env.ROTA_ADDIN_URL, { allowLocalhost: Boolean(env.localhost), port }) : devUrl(port);
  const output = typeof env.output === "string" ? path.resolve(env.output) : OUTPUT;

  const devServer = env.WEBPACK_SERVE
    ? {
        port,
        headers: { "Access-Control-Allow-Origin": "*" },
        server: { type: "https", options: await require("office-addin-dev-certs").getHttpsServerOptions() },
        static: false,
        client: { overlay: false },
      }
    : undefined;

  return {
    mode: production ? "production" : "development",
    context: __dirname,
    devtool: production ? false : "source-map",
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: "./src/taskpane/taskpane.ts",
      commands: "./src/commands/commands.ts",
      ...(env.harness ? { harness: "./test/taskpane/memory/harness.tsx" } : {}),
    },
    output: {
      path: output,
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].js" : "[name].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              configFile: path.resolve(__dirname, "tsconfig.json"),
              onlyCompileBundledFiles: true,
              transpileOnly: Boolean(env.transpileOnly),
              compilerOptions: {
                module: "es2020",
                target: "es2020",
                sourceMap: !production,
                noEmit: false,
              },
            },
          },
        },
      ],
    },
    optimization: {
      // Each entry is one self-contained script: the manifest names the functions script alone.
      splitChunks: false,
      runtimeChunk: false,
    },
    performance: {
      // The functions and commands scripts load with every workbook: keep them small. The task
      // pane (React and Fluent UI) has its own budget, under 400 KB gzipped, checked by the tests
      // and reported by `npm run bench`.
      hints: production ? "warning" : false,
      maxEntrypointSize: 200 * 1024,
      maxAssetSize: 200 * 1024,
      assetFilter: (file) => /^(functions|commands)\b.*\.js$/.test(file),
    },
    plugins: [
      // HiGHS's loader imports node:module only when it runs under Node; in the planner's Web Worker
      // (a chunk of its own, with highs.wasm beside it) it never does.
      new webpack.NormalModuleReplacementPlugin(/^node:module$/, "data:text/javascript,export default {}"),
      new CustomFunctionsMetadataPlugin({
        input: path.resolve(__dirname, "src/functions/functions.ts"),
        output: "functions.json",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "commands", "taskpane"],
        chunksSortMode: "manual",
        minify: production,
      }),
      ...(env.harness
        ? [
            new HtmlWebpackPlugin({
              filename: "harness.html",
              template: "./src/taskpane/taskpane.html",
              chunks: ["harness"],
              minify: production,
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/icon-*.png", to: "assets/[name][ext]" },
          { from: "src/addin/help.html", to: "help.html" },
        ],
      }),
      new RotaAddinPlugin({
        baseUrl,
        manifest: path.resolve(__dirname, "manifest.xml"),
        functionsSource: path.resolve(__dirname, "src/functions/functions.ts"),
        packageJson: path.resolve(__dirname, "package.json"),
      }),
    ],
    devServer,
  };
};
