import { labelKey, severityFromText, type Severity } from "../engine";
import { MESSAGES, type Bilingual, type Lang } from "./messages";
import { isEmpty, toMatrix } from "./values";

/**
 * ROTA.VALIDATE's third argument: text such as `lang=en; off=go-4w, rec-8w; min=warning`, or a
 * range of name | value rows. Names and values may be written in Japanese too (言語=英語).
 */
export interface FunctionOptions {
  /** Language of messages and of the header row. */
  readonly lang: Lang;
  /** Rule ids turned off. */
  readonly off: readonly string[];
  /** The least severe finding shown. */
  readonly min: Severity;
  /** Whether the spilled table starts with a header row. */
  readonly header: boolean;
  /** Clinician-scientist course edition, passed to the engine. */
  readonly edition?: string;
}

export const DEFAULT_OPTIONS: FunctionOptions = { lang: "ja", off: [], min: "info", header: true };

const KEYS: Readonly<Record<string, keyof FunctionOptions>> = {
  lang: "lang",
  language: "lang",
  言語: "lang",
  off: "off",
  disable: "off",
  無効: "off",
  min: "min",
  severity: "min",
  重要度: "min",
  header: "header",
  見出し: "header",
  edition: "edition",
  版: "edition",
};

const LANGS: Readonly<Record<string, Lang>> = {
  ja: "ja",
  jp: "ja",
  日本語: "ja",
  en: "en",
  english: "en",
  英語: "en",
};
const BOOLEANS: Readonly<Record<string, boolean>> = {
  true: true,
  yes: true,
  on: true,
  "1": true,
  あり: true,
  false: false,
  no: false,
  off: false,
  "0": false,
  なし: false,
};

const norm = labelKey;

type Parsed = { ok: true; options: FunctionOptions } | { ok: false; error: Bilingual };

/** Reads the options argument; `knownRules` are the rule ids `off` may name. */
export function readOptions(value: unknown, knownRules: ReadonlySet<string>): Parsed {
  if (value === undefined || value === null) return { ok: true, options: DEFAULT_OPTIONS };
  const pairs: Array<[string, string]> = [];
  for (const row of toMatrix(value)) {
    const cells = row
      .filter((c) => !isEmpty(c))
      .map((c) =>
        c !== null && typeof c === "object" && !(c instanceof Date) ? c.error : String(c)
      );
    if (cells.length === 0) continue;
    const [name, ...rest] = cells;
    if (name !== undefined && rest.length > 0 && !name.includes("=")) {
      pairs.push([name, rest.join(",")]);
      continue;
    }
    for (const cell of cells) {
      for (const part of cell.split(/[;；\n]/)) {
        if (part.trim() === "") continue;
        const eq = part.search(/[=＝:]/);
        if (eq < 0) return { ok: false, error: MESSAGES.optionNoValue(part) };
        pairs.push([part.slice(0, eq), part.slice(eq + 1)]);
      }
    }
  }

  let options: FunctionOptions = DEFAULT_OPTIONS;
  for (const [rawKey, rawValue] of pairs) {
    const key = KEYS[norm(rawKey)];
    if (!key) return { ok: false, error: MESSAGES.optionUnknown(rawKey.trim()) };
    const v = norm(rawValue);
    switch (key) {
      case "lang": {
        const lang = LANGS[v];
        if (!lang) return { ok: false, error: MESSAGES.optionBadValue("lang", rawValue, "ja, en") };
        options = { ...options, lang };
        break;
      }
      case "min": {
        const min = severityFromText(v);
        if (!min)
          return {
            ok: false,
            error: MESSAGES.optionBadValue("min", rawValue, "error, warning, info"),
          };
        options = { ...options, min };
        break;
      }
      case "header": {
        const header = BOOLEANS[v];
        if (header === undefined)
          return { ok: false, error: MESSAGES.optionBadValue("header", rawValue, "true, false") };
        options = { ...options, header };
        break;
      }
      case "off": {
        const ids = v.split(/[\s,、，]+/).filter((id) => id !== "");
        const unknown = knownRules.size > 0 ? ids.find((id) => !knownRules.has(id)) : undefined;
        if (unknown !== undefined) return { ok: false, error: MESSAGES.ruleUnknown(unknown) };
        options = { ...options, off: [...new Set([...options.off, ...ids])] };
        break;
      }
      case "edition":
        options = { ...options, edition: rawValue.trim() };
        break;
    }
  }
  return { ok: true, options };
}

/** The options as a stable text, for cache keys. */
export function optionsKey(options: FunctionOptions): string {
  return JSON.stringify([
    options.lang,
    [...options.off].sort(),
    options.min,
    options.header,
    options.edition ?? "",
  ]);
}
