import type { Grid, Plan, Slot } from "../model/plan";
import { normalizeText } from "../text/normalize";
import { parseCell } from "../vocabulary/parse-cell";
import type { VocabularyEntry } from "./profile";

/**
 * A program's own spellings applied to grids already read: a block whose text (whole, or after a
 * 必修/選択 prefix) is one of the profile's spellings is read as the field it maps to. The shared
 * vocabulary (vocabulary/**) is left as it is; this is the hook a profile extends it through.
 * Returns the grid itself when nothing changes.
 *
 * @example applyVocabulary(grid, [{ text: "消内", field: "内科(消化器)", source: "…" }])
 *   // a block reading 消内 (or 必修 消内) now counts as 内科, subspecialty 消化器
 */
export function applyVocabulary(grid: Grid, vocabulary: readonly VocabularyEntry[]): Grid {
  if (vocabulary.length === 0) return grid;
  const map = new Map(vocabulary.map((v) => [normalizeText(v.text), v.field]));
  let changed = false;
  const plans = grid.plans.map((plan): Plan => {
    let touched = false;
    const relabel = (slot: Slot): Slot => {
      const field = lookup(map, slot.parsed.key);
      if (field === undefined) return slot;
      const parsed = parseCell(field);
      if (parsed.kind !== "rotation") return slot;
      touched = true;
      const { slotType } = slot.parsed;
      return { ...slot, parsed: { ...parsed, text: slot.parsed.text, key: slot.parsed.key, ...(slotType ? { slotType } : {}) } };
    };
    const slots = plan.slots.map(relabel);
    const parallel = plan.parallel.map(relabel);
    if (!touched) return plan;
    changed = true;
    return { ...plan, slots, parallel };
  });
  return changed ? { ...grid, plans } : grid;
}

const PREFIX = /^(?:\((?:必修|必須|選択)\)|必修|必須|選択)[:・\-_]?/;

function lookup(map: ReadonlyMap<string, string>, key: string): string | undefined {
  if (key === "") return undefined;
  return map.get(key) ?? map.get(key.replace(PREFIX, ""));
}
