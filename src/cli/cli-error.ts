import type { Bilingual } from "./messages";
import { both } from "./messages";

/**
 * A failure the command line reports on stderr, one line per text, each as Rota's one error form
 * (`rota: 日本語 / English`), with an exit status (2: bad usage, an unreadable workbook, a workbook
 * with no grid). Thrown by the commands, written once at the top ({@link run}).
 */
const isList = (text: Bilingual | readonly Bilingual[]): text is readonly Bilingual[] => Array.isArray(text);

export class CliError extends Error {
  override readonly name = "CliError";
  readonly texts: readonly Bilingual[];

  constructor(text: Bilingual | readonly Bilingual[], readonly exitCode = 2) {
    const texts = isList(text) ? text : [text];
    super(texts.map(both).join("\n"));
    this.texts = texts;
  }
}
