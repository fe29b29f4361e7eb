/**
 * A template cell's text on one line, for a cell that is one block of a row (a cohort row in the
 * pane, a spilled `=ROTA.TEMPLATE`): the lines joined by a space, none before a bracket.
 * The grid reader reads it as the multi-line original (spaces and line breaks are not compared).
 *
 * @example templateTextOneLine("必修\n内科\n（血液）") // → "必修 内科（血液）"
 * @example templateTextOneLine("救急") // → "救急"
 */
export function templateTextOneLine(text: string): string {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== "")
    .reduce((acc, line) => (acc === "" ? line : /^[(（[［【]/.test(line) ? acc + line : `${acc} ${line}`), "");
}
