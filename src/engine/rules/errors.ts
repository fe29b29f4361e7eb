import type { Message } from "../messages/message";

/**
 * A program's rules that cannot be used as written (an unknown rule id or parameter, a bad number,
 * a national minimum lowered). Thrown by validateWorkbook when its `options.rules` are bad (the
 * caller's mistake, as HyperFormula throws for misuse of its API); a profile read from a sheet or
 * a file gives its problems as values instead (profile/parse-*.ts). `message` is Japanese, the
 * English beside it; `problems` lists every one.
 */
export class RuleConfigError extends Error {
  readonly problems: readonly Message[];
  readonly message_en: string;
  constructor(problems: readonly Message[]) {
    super(problems[0]?.ja ?? "規則の設定に誤りがあります");
    this.name = "RuleConfigError";
    this.problems = problems;
    this.message_en = problems[0]?.en ?? "the rules' settings are wrong";
  }
}
