import type { RuleDefinition } from "./rule";

/**
 * Rules whose findings an adapter emits, not the engine's runner: what ROTA.VALIDATE says when it
 * could not read a grid exactly (src/functions/grid.ts NOTES). They are in the registry so that
 * they are listed with the others and can be switched off (`off=merged-cells-unknown`) like any rule.
 */
const note = (id: string, severity: "warning" | "info", ja: string, en: string): RuleDefinition<unknown, Record<string, never>> => ({
  id,
  severity,
  group: "reader",
  source: "ROTA.VALIDATE: what a formula's argument could not tell (src/functions/grid.ts)",
  description: { ja, en },
  params: {},
  paramSpecs: {},
  emittedBy: "custom-functions",
  check: () => [],
});

export const READER_RULES: ReadonlyArray<RuleDefinition<unknown, Record<string, never>>> = [
  note("merged-cells-unknown", "warning", "結合セルの範囲を Excel から読めなかった (空欄を空きとして数えた)", "Merged cells could not be read from Excel (empty cells counted as gaps)"),
  note("merged-cells-outside", "warning", "範囲の外から続く結合セルがある", "A merged cell starts outside the range"),
  note("address-unknown", "info", "引数がセル範囲ではなく、番地は引数の左上を A1 として示す", "The argument is not a range: addresses count from its top-left corner"),
];
