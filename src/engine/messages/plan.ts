import { splitKey } from "../model/field-key";
import { fmtWeeks as w, type Message } from "./message";

/**
 * What the planner says: why no plan exists (the rules that had to give), in Japanese and English.
 * Fields are given as labels (`内科(血液)`).
 */
const label = (key: string): string => {
  const { field, sub } = splitKey(key);
  return sub ? `${field}(${sub})` : field;
};
const yearJa = (year?: 1 | 2) => (year ? `${year}年次の` : "");
const yearEn = (year?: 1 | 2) => (year ? ` in year ${year}` : "");

export const PLAN_MESSAGES = {
  /** `小児科 第5–8ブロック: 定員 2 に対し必要 11 名` (runs of blocks joined by ・). */
  capacity: (field: string, site: string | undefined, runs: ReadonlyArray<readonly [number, number]>, capacity: number, needed: number): Message => {
    const at = site ? `@${site}` : "";
    const ja = runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join("・");
    const en = runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(", ");
    const [only, ...more] = runs;
    const one = only !== undefined && more.length === 0 && only[0] === only[1];
    return {
      ja: `${field}${at} 第${ja}ブロック: 定員 ${capacity} に対し必要 ${needed} 名`,
      en: `${field}${at} ${one ? "block" : "blocks"} ${en}: capacity ${capacity} per block, ${needed} residents need it there`,
    };
  },
  /** A resident's minimum that the empty blocks (and capacity) cannot reach. */
  shortfall: (key: string, year: 1 | 2 | undefined, reached: number, min: number, locked: boolean): Message => ({
    ja: `${yearJa(year)}${label(key)} ${w(reached)}週まで (必要 ${w(min)}週以上): ${locked ? "入力済みのセルで決まっていて、空きブロックがありません" : "空きブロックと定員が足りません"}`,
    en: `${label(key)}${yearEn(year)}: only ${w(reached)} weeks possible (at least ${w(min)} required): ${locked ? "the filled cells decide it and no empty block is left" : "not enough empty blocks and capacity"}`,
  }),
  /** A maximum the filled cells already pass. */
  excess: (key: string, year: 1 | 2 | undefined, reached: number, max: number): Message => ({
    ja: `${yearJa(year)}${label(key)} ${w(reached)}週 (上限 ${w(max)}週): 入力済みのセルで上限を超えています`,
    en: `${label(key)}${yearEn(year)}: ${w(reached)} weeks (at most ${w(max)}): the filled cells already pass the limit`,
  }),
  core: (reached: number, min: number): Message => ({
    ja: `基幹型臨床研修病院で ${w(reached)}週まで (必要 ${w(min)}週以上): 施設の割り当てを見直してください`,
    en: `Only ${w(reached)} weeks possible at the core hospital (at least ${w(min)} required): revise the sites`,
  }),
  timeLimit: (seconds: number): Message => ({
    ja: `制限時間 ${w(seconds)}秒内に規則をすべて満たす計画が見つかりませんでした (--time-limit で延長できます)`,
    en: `No plan meeting every rule was found within ${w(seconds)} s (raise it with --time-limit)`,
  }),
  solverFailed: (detail: string): Message => ({ ja: `ソルバーが失敗しました: ${detail}`, en: `The solver failed: ${detail}` }),
  /** A finding the planner cannot change (leave, a cell it may not touch). */
  remains: (message: string, messageEn: string): Message => ({
    ja: `変更できないセルによるエラー: ${message}`,
    en: `An error in cells the planner may not change: ${messageEn}`,
  }),
};
