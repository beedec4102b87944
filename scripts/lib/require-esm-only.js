/* eslint-disable @typescript-eslint/no-require-imports -- a CommonJS preload, run by node --require */
/**
 * Preloaded by command-line scripts that reach the timeline (`node --require ./scripts/lib/require-esm-only.js`).
 * tsx compiles our .ts files to CommonJS (package.json has no "type"), and `canonicalize` exports only an
 * "import" condition, so require("canonicalize") cannot resolve. Point it at the package's file; Node ≥ 20.19
 * can require() an ES module. Next.js and Vitest bundle and need none of this.
 */
const Module = require("node:module");
const path = require("node:path");

const ESM_ONLY = { canonicalize: path.join(__dirname, "../../node_modules/canonicalize/lib/canonicalize.js") };
const original = Module._resolveFilename;
Module._resolveFilename = function resolveFilename(request, ...rest) {
  return Object.hasOwn(ESM_ONLY, request) ? ESM_ONLY[request] : original.call(this, request, ...rest);
};
