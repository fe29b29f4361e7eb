#!/usr/bin/env node
/**
 * `rota`: the command line (CONTRACT §3). `npx rota --help` after `npm ci`; package.json's `bin`
 * points at the compiled dist/src/cli/main.js.
 */
import { run } from "./program";

void run(process.argv);
