/**
 * The planner's Web Worker as webpack bundles it: `new Worker(new URL(…, import.meta.url))` makes
 * planner.worker.ts a chunk of its own (hashed, with HiGHS's WebAssembly beside it), fetched the
 * first time a plan is asked for. This file is loaded only then (a dynamic import), never by tests
 * under node.
 */
export function spawnPlanner(): Worker {
  // webpack recognises the worker only when written inline, as here.
  // eslint-disable-next-line ts/ban-ts-comment -- an error under the CLI's commonjs typecheck only: @ts-expect-error would fail webpack's ES-module build.
  // @ts-ignore: import.meta is ES-module syntax; webpack compiles the pane as ES modules (webpack.config.js).
  return new Worker(new URL("./planner.worker.ts", import.meta.url), { name: "rota-planner" });
}
