import { normalizeText } from "../text/normalize";
import { FIELDS } from "./fields";
import { labelOf } from "./label";

/**
 * The known name nearest to an unplaced text, for the `unknown-rotation` message; undefined when
 * nothing is near enough to be a useful guess.
 *
 * @example suggestField("循還器内科") // → "内科(循環器)" (a common typo)
 * @example suggestField("内科(血夜)") // → "内科(血液)"
 */
export function suggestField(key: string): string | undefined {
  if (key.length === 0 || key.length > 40) return undefined;
  let best: Candidate | undefined;
  let bestScore = Infinity;
  for (const candidate of candidates()) {
    if (Math.abs(candidate.key.length - key.length) > bestScore) continue;
    const d = editDistance(key, candidate.key, bestScore + 1);
    if (d < bestScore || (d === bestScore && best !== undefined && candidate.key.length > best.key.length)) {
      bestScore = d;
      best = candidate;
    }
  }
  if (best === undefined) return undefined;
  const limit = Math.max(1, Math.floor(Math.min(key.length, best.key.length) / 2));
  return bestScore <= limit ? best.label : undefined;
}

interface Candidate {
  readonly key: string;
  readonly label: string;
}

let built: Candidate[] | undefined;

/** Every spelling of every field, and every field with each subspecialty in brackets. */
function candidates(): Candidate[] {
  if (built) return built;
  built = [];
  for (const field of FIELDS) {
    for (const alias of [field.id, ...field.aliases]) built.push({ key: normalizeText(alias), label: field.id });
    for (const sub of field.subs ?? []) {
      const label = labelOf(field.id, [sub.id]);
      for (const alias of sub.aliases) built.push({ key: normalizeText(alias), label });
      for (const short of [sub.id, ...sub.short]) built.push({ key: normalizeText(`${field.id}(${short})`), label });
    }
  }
  return built;
}

/** Levenshtein distance, giving up (returning `cap`) once it cannot be below `cap`. */
function editDistance(a: string, b: string, cap: number): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    // The three neighbours of cur[j]: prev[j - 1] (diagonal), prev[j] (above), cur[j - 1] (left).
    let diagonal = i - 1;
    let left = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] ?? cap;
      const value = Math.min(above + 1, left + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(value);
      diagonal = above;
      left = value;
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    prev = cur;
  }
  return prev[b.length] ?? cap;
}
