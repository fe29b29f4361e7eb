/**
 * What the parts of the shared runtime tell each other. The functions, the commands and the task
 * pane are separate bundles loaded into one page (manifest.xml: one runtime), so they share the
 * page's global object but not their modules: a cache the functions keep is reached through here.
 */
interface RotaRuntime {
  cacheClearers: Array<() => void>;
}

function runtime(): RotaRuntime {
  const g = globalThis as { __rotaRuntime?: RotaRuntime };
  g.__rotaRuntime ??= { cacheClearers: [] };
  return g.__rotaRuntime;
}

/** Registers a way to forget cached reads (merged areas, memoised results). */
export function onClearCaches(clear: () => void): void {
  runtime().cacheClearers.push(clear);
}

/** Forgets every cached read in the runtime; the next recalculation reads the workbook again. */
export function clearCaches(): void {
  for (const clear of runtime().cacheClearers) clear();
}
