/**
 * Commander's usage errors (English only, one per `code`) as Rota's bilingual text, so that every
 * command's bad usage reads as `rota: 使い方の誤り: … / usage error: …`.
 */
import { InvalidArgumentError, type CommanderError } from "commander";
import type { Bilingual } from "./messages";

/** Texts handed to {@link invalidArgument}, found again when commander reports the argument invalid. */
const OWN_TEXTS = new Map<string, Bilingual>();

/**
 * The error an option's or argument's parser throws for a bad value, in both languages.
 *
 * @example
 * .option("--course <course>", "…", (v) => { if (!ok(v)) throw invalidArgument({ ja: "…", en: "…" }); return v; })
 */
export function invalidArgument(text: Bilingual): InvalidArgumentError {
  const key = `${text.ja} / ${text.en}`;
  OWN_TEXTS.set(key, text);
  return new InvalidArgumentError(key);
}

/** The quoted names in one of commander's messages: `unknown option '--colour'` → ["--colour"]. */
function quotedIn(message: string): string[] {
  return [...message.matchAll(/'([^']*)'/g)].map((m) => m[1] ?? "");
}

/** Commander's "(Did you mean --lang?)" as a bilingual tail. */
function suggestion(message: string): Bilingual {
  const m = /Did you mean (?:one of )?(.+?)\?/.exec(message);
  return m ? { ja: ` (もしかして ${m[1]}?)`, en: ` (did you mean ${m[1]}?)` } : { ja: "", en: "" };
}

/**
 * A commander failure as Rota's text (without the `使い方の誤り` frame, which the caller adds).
 *
 * @example
 * usageText(new CommanderError(1, "commander.unknownOption", "error: unknown option '--colour'"))
 * // → { ja: "オプション --colour はありません", en: "unknown option '--colour'" }
 */
export function usageText(err: Pick<CommanderError, "code" | "message">): Bilingual {
  const message = err.message.replace(/^error:\s*/i, "").trim();
  const [first = "", second = ""] = quotedIn(message);
  const hint = suggestion(message);
  const english = message.split("\n", 1)[0] ?? message;
  switch (err.code) {
    case "commander.unknownCommand":
      return { ja: `コマンド ${first} はありません${hint.ja}`, en: `unknown command '${first}'${hint.en}` };
    case "commander.unknownOption":
      return { ja: `オプション ${first} はありません${hint.ja}`, en: `unknown option '${first}'${hint.en}` };
    case "commander.missingArgument":
      return { ja: `引数 <${first}> がありません`, en: `missing required argument '${first}'` };
    case "commander.optionMissingArgument":
      return { ja: `オプション ${first} に値がありません`, en: `option '${first}' needs a value` };
    case "commander.missingMandatoryOptionValue":
      return { ja: `オプション ${first} は必須です`, en: `required option '${first}' not specified` };
    case "commander.excessArguments": {
      const m = /Expected (\d+) arguments? but got (\d+)/.exec(message);
      return m
        ? { ja: `引数が多すぎます (${m[1]} 個まで、指定は ${m[2]} 個)`, en: `too many arguments (expected ${m[1]}, got ${m[2]})` }
        : { ja: "引数が多すぎます", en: english };
    }
    case "commander.invalidArgument": {
      const own = [...OWN_TEXTS.entries()].find(([key]) => message.endsWith(key));
      if (own) return own[1];
      const choices = /Allowed choices are (.+?)\.?$/.exec(message);
      // `option '--format <format>' argument 'xml' is invalid.` / `command-argument value 'x' is invalid for argument 'y'.`
      const [flags, value] = message.startsWith("option") ? [first, second] : [quotedIn(message)[1] ?? "", first];
      const what = flags.split(" ", 1)[0] ?? flags;
      return {
        ja: `${what} に「${value}」は使えません${choices ? ` (${choices[1]} のいずれか)` : ""}`,
        en: `'${value}' is not allowed for ${what}${choices ? ` (one of ${choices[1]})` : ""}`,
      };
    }
    case "commander.conflictingOption":
      return { ja: `同時に使えないオプションです: ${quotedIn(message).join(", ")}`, en: english };
    default:
      return { ja: "コマンドラインを解釈できません", en: english };
  }
}
