#!/usr/bin/env node
/**
 * `rota`: the command line (CONTRACT §3). `npx rota --help` after `npm ci`; package.json's `bin`
 * points at dist/bin/rota.js, this file and all it imports joined into one (src/cli/bin.config.js).
 */
import { run } from "./program";

void run(process.argv);
