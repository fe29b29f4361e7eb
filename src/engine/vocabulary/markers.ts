/**
 * The words around a rotation in a cell that are not fields (DOMAIN.md §1), as data.
 * All compared after normalizeText.
 */

/** A block that continues the block before it (DOMAIN §1 "Continuation"). */
export const DITTO_MARKS: ReadonlySet<string> = new Set(["〃", "同上", "→", "←", "⇒", "⇐", "″", '"', "''", "同", "〃〃", "→→", "同左"]);

/**
 * Leave (休止): not a gap within the 90 days (CONTRACT §5), counted by the rule leave-90d.
 * Source: MHLW 臨床研修の休止 (病気療養、妊娠・出産、育児 … 90日まで).
 */
export const LEAVE_WORDS: readonly string[] = [
  "休止",
  "休職",
  "産休",
  "育休",
  "病休",
  "休暇",
  "休業",
  "産前産後休業",
  "産前・産後休業",
  "産前産後休暇",
  "育児休業",
  "育児休暇",
  "病気療養",
  "療養",
  "研修休止",
  "休止期間",
];

/** Slot prefixes: they describe the slot, not the field (DOMAIN §1). */
export const SLOT_PREFIXES: ReadonlyArray<{ readonly word: string; readonly slot: "required" | "elective" }> = [
  { word: "必修", slot: "required" },
  { word: "必須", slot: "required" },
  { word: "自由選択", slot: "elective" },
  { word: "選択必修", slot: "required" },
  { word: "選択", slot: "elective" },
];

/** Texts that could be two fields: never guessed, reported with a question (DOMAIN §1). */
export const DOUBTFUL: ReadonlyMap<string, string> = new Map([
  ["婦人科", "産婦人科"],
  // A group of departments, not one: which 内科 / 外科 was it? (issue 8: ask, never guess)
  ["内科系", "内科(消化器) などの診療科名"],
  ["外科系", "外科(消化器) などの診療科名"],
  ["内科系選択", "内科(消化器) などの診療科名"],
  ["外科系選択", "外科(消化器) などの診療科名"],
]);
