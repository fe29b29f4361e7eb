/**
 * Where office.js could not load (a hospital network that blocks Microsoft's CDN, the page opened
 * in a browser outside Office), there is no `CustomFunctions` to register the functions with, and
 * the `CustomFunctions.associate` calls the metadata plugin appends to the bundle would throw
 * "CustomFunctions is not defined" before the task pane could say what is wrong. A stand-in that
 * registers nothing keeps the page free of errors; the task pane then shows its own message.
 * Imported first by functions.ts, so it runs before those calls.
 */
const g = globalThis as { CustomFunctions?: { associate: (id: string, fn: unknown) => void } };
if (typeof g.CustomFunctions === "undefined") g.CustomFunctions = { associate: () => undefined };

export {};
