/**
 * The add-in build's own checks and outputs, as a webpack plugin (used by webpack.config.js) and as
 * plain functions (used by the tests):
 *
 * - functions.json, which custom-functions-metadata-plugin writes from the JSDoc, must exist and
 *   hold every ROTA function with its descriptions: the metadata tool can fail without failing the
 *   build (an unsupported JSDoc type or an id with "-" leaves the file out), so the build fails here.
 * - `CustomFunctions.associate` must not be written by hand (the plugin adds it to the bundle).
 * - functions.en.json: the same metadata with the English texts of the `@en` / `@enParam` tags,
 *   which manifest.xml serves to Excel in English (functions.json itself is Japanese, the default).
 * - functions.json gets `allowErrorForDataTypeAny` (the tool cannot express it): without it a single
 *   `#N/A` in a grid would make Excel skip the function and show `#N/A` for the whole check.
 * - manifest.xml for the build: the development URL replaced by the deployment's, the functions
 *   script by its hashed file, and the version checked against package.json.
 */
"use strict";
const fs = require("fs");
const path = require("path");
const ts = require("typescript");

const PLUGIN = "RotaAddinPlugin";

/** CONTRACT §6: the functions that must exist. */
const REQUIRED_FUNCTIONS = ["VALIDATE", "WEEKS", "TEMPLATE", "QUOTA", "FIELD"];

/** The development server's URL as manifest.xml and the JSDoc spell it (port 3000, the Office templates' default). */
const DEV_URL = "https://localhost:3000/";
const DEFAULT_DEV_PORT = 3000;

/**
 * The development server's port: package.json's `config.dev_server_port`, where the Office
 * templates keep it and where `office-addin-debugging` reads it, so that the server and
 * `npm start` agree. 3000 when it is not set.
 * @param {string} packageJson path of package.json
 */
function devServerPort(packageJson) {
  const pkg = JSON.parse(fs.readFileSync(packageJson, "utf8"));
  const raw = pkg.config && pkg.config.dev_server_port;
  if (raw === undefined) return DEFAULT_DEV_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`package.json config.dev_server_port must be a port number (1-65535), not ${JSON.stringify(raw)}`);
  }
  return port;
}

/** The development server's URL on a port. */
function devUrl(port) {
  return `https://localhost:${port}/`;
}

/** A host on this machine only: a manifest naming it works for its developer and nobody else. */
function isLocalHost(hostname) {
  return /^(localhost|127(\.\d+){3}|\[::1\]|0\.0\.0\.0)$/i.test(hostname) || hostname.endsWith(".localhost");
}

function tagText(tag) {
  const c = tag.comment;
  if (c === undefined) return "";
  return (typeof c === "string" ? c : c.map((part) => part.text).join("")).trim();
}

/**
 * English texts of the custom functions in a source file: id → { description, params }.
 * @param {string} source TypeScript source
 * @param {string} [fileName]
 */
function readEnglish(source, fileName = "functions.ts") {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true);
  const out = new Map();
  file.forEachChild((node) => {
    if (!ts.isFunctionDeclaration(node)) return;
    const tags = ts.getJSDocTags(node);
    const cf = tags.find((t) => t.tagName.text.toLowerCase() === "customfunction");
    if (!cf) return;
    const id = (tagText(cf).split(/\s+/)[0] || (node.name ? node.name.text : "")).toUpperCase();
    const description = tags
      .filter((t) => t.tagName.text === "en")
      .map(tagText)
      .join(" ");
    const params = {};
    for (const t of tags.filter((t) => t.tagName.text === "enParam")) {
      const text = tagText(t);
      const space = text.search(/\s/);
      if (space > 0) params[text.slice(0, space)] = text.slice(space + 1).trim();
    }
    out.set(id, { description, params });
  });
  return out;
}

/**
 * What is wrong with a generated functions.json: missing functions, texts, English.
 * @returns {string[]} problems (empty when all is well)
 */
function checkMetadata(metadata, english, required = REQUIRED_FUNCTIONS) {
  const problems = [];
  const functions = metadata && Array.isArray(metadata.functions) ? metadata.functions : [];
  const ids = new Set(functions.map((f) => f.id));
  for (const id of required) if (!ids.has(id)) problems.push(`functions.json lacks ${id}`);
  for (const f of functions) {
    if (!f.description) problems.push(`${f.id} has no description`);
    const en = english.get(f.id);
    if (!en || !en.description) problems.push(`${f.id} has no @en description`);
    for (const p of f.parameters || []) {
      if (!p.description) problems.push(`${f.id}(${p.name}) has no description`);
      if (!en || !en.params[p.name]) problems.push(`${f.id}(${p.name}) has no @enParam`);
    }
    if (en) {
      for (const name of Object.keys(en.params)) {
        if (!(f.parameters || []).some((p) => p.name === name)) problems.push(`${f.id} has @enParam for unknown ${name}`);
      }
    }
  }
  return problems;
}

function rebase(url, baseUrl) {
  return typeof url === "string" && url.startsWith(DEV_URL) ? baseUrl + url.slice(DEV_URL.length) : url;
}

/** functions.json as shipped: help links on the deployment's host, error values let in. */
function finishMetadata(metadata, baseUrl) {
  return {
    allowErrorForDataTypeAny: true,
    ...metadata,
    functions: metadata.functions.map((f) => (f.helpUrl ? { ...f, helpUrl: rebase(f.helpUrl, baseUrl) } : f)),
  };
}

/** The English metadata: the same functions, ids and names, with the English texts. */
function englishMetadata(metadata, english) {
  return {
    ...metadata,
    functions: metadata.functions.map((f) => {
      const en = english.get(f.id);
      return {
        ...f,
        description: en.description,
        parameters: (f.parameters || []).map((p) => ({ ...p, description: en.params[p.name] })),
      };
    }),
  };
}

/**
 * manifest.xml for a build.
 * @param {string} xml the source manifest (development URLs)
 * @param {{ baseUrl: string, functionsFile: string, version: string }} options
 * @returns {{ xml: string, problems: string[] }}
 */
function renderManifest(xml, { baseUrl, functionsFile, version }) {
  const problems = [];
  const declared = /<Version>([^<]*)<\/Version>/.exec(xml);
  if (!declared || declared[1].trim() !== version) {
    problems.push(`manifest.xml <Version> ${declared ? declared[1] : "(none)"} differs from package.json ${version}`);
  }
  let out = xml.split(`${DEV_URL}functions.js"`).join(`${DEV_URL}${functionsFile}"`);
  out = out.split(DEV_URL).join(baseUrl);
  return { xml: out, problems };
}

/**
 * The URL a production build is for: ROTA_ADDIN_URL, https, ending in "/". A production build is
 * for other people's Excel, where a URL on this machine cannot work: without ROTA_ADDIN_URL, or
 * with a localhost one, it fails, unless `allowLocalhost` says a local build is what is wanted
 * (`npm run build:local`, the browser tests), which then gets the development server's URL.
 * @param {string | undefined} raw ROTA_ADDIN_URL
 * @param {{ allowLocalhost?: boolean, port?: number }} [options]
 */
function deploymentUrl(raw, options = {}) {
  const local = devUrl(options.port || DEFAULT_DEV_PORT);
  if (!raw) {
    if (options.allowLocalhost) return local;
    throw new Error(
      "ROTA_ADDIN_URL is not set: a production build needs the https URL the add-in will be served from " +
        "(ROTA_ADDIN_URL=https://<host>/<path>/ npm run build), or `npm run build:local` for a build on this machine (docs/addin.md)"
    );
  }
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`ROTA_ADDIN_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`ROTA_ADDIN_URL must be an https URL: ${raw}`);
  if (isLocalHost(url.hostname) && !options.allowLocalhost) {
    throw new Error(`ROTA_ADDIN_URL names this machine (${url.host}): Excel elsewhere cannot load it; use npm run build:local for a local build`);
  }
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

class RotaAddinPlugin {
  /**
   * @param {{ baseUrl: string, manifest: string, functionsSource: string, packageJson: string,
   *           metadata?: string, metadataEn?: string }} options
   */
  constructor(options) {
    this.options = { metadata: "functions.json", metadataEn: "functions.en.json", ...options };
  }

  apply(compiler) {
    const { webpack } = compiler;
    const { RawSource } = webpack.sources;
    compiler.hooks.thisCompilation.tap(PLUGIN, (compilation) => {
      compilation.hooks.processAssets.tap(
        { name: PLUGIN, stage: webpack.Compilation.PROCESS_ASSETS_STAGE_SUMMARIZE },
        () => {
          const fail = (message) => compilation.errors.push(new webpack.WebpackError(`${PLUGIN}: ${message}`));
          const o = this.options;
          compilation.fileDependencies.add(path.resolve(o.manifest));
          compilation.fileDependencies.add(path.resolve(o.functionsSource));

          const source = fs.readFileSync(o.functionsSource, "utf8");
          if (/CustomFunctions\s*\.\s*associate\s*\(/.test(source.replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, ""))) {
            fail(`${o.functionsSource} calls CustomFunctions.associate by hand: the metadata plugin adds those calls`);
          }

          const asset = compilation.getAsset(o.metadata);
          const text = asset ? asset.source.source().toString() : "";
          let metadata;
          try {
            metadata = text ? JSON.parse(text) : undefined;
          } catch (e) {
            fail(`${o.metadata} is not JSON: ${e.message}`);
          }
          if (!metadata) {
            fail(`${o.metadata} was not written: custom-functions-metadata found errors or no @customfunction in ${o.functionsSource}`);
          } else {
            const english = readEnglish(source, o.functionsSource);
            const problems = checkMetadata(metadata, english);
            problems.forEach(fail);
            if (problems.length === 0) {
              const finished = finishMetadata(metadata, o.baseUrl);
              compilation.updateAsset(o.metadata, new RawSource(JSON.stringify(finished, null, 2)));
              compilation.emitAsset(o.metadataEn, new RawSource(JSON.stringify(englishMetadata(finished, english), null, 2)));
            }
          }

          const entry = compilation.entrypoints.get("functions");
          const scripts = entry ? entry.getFiles().filter((f) => f.endsWith(".js")) : [];
          if (scripts.length !== 1) {
            fail(`the functions entry must be one script for the manifest, found ${scripts.length}: ${scripts.join(", ")}`);
            return;
          }
          const version = JSON.parse(fs.readFileSync(o.packageJson, "utf8")).version;
          const manifest = renderManifest(fs.readFileSync(o.manifest, "utf8"), {
            baseUrl: o.baseUrl,
            functionsFile: scripts[0],
            version,
          });
          manifest.problems.forEach(fail);
          compilation.emitAsset("manifest.xml", new RawSource(manifest.xml));
        }
      );
    });
  }
}

module.exports = {
  DEV_URL,
  devServerPort,
  devUrl,
  isLocalHost,
  REQUIRED_FUNCTIONS,
  RotaAddinPlugin,
  checkMetadata,
  deploymentUrl,
  englishMetadata,
  finishMetadata,
  readEnglish,
  renderManifest,
};
