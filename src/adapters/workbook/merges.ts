/**
 * Merged areas as Excel keeps them: areas that overlap an earlier one are dropped (Excel repairs a
 * file that has them by removing the later merge), and the rest sorted top to bottom.
 *
 * Finding overlaps is linear in the number of merges: ordinary areas are filed in buckets of
 * 64 rows × 64 columns and compared only with the areas of the buckets they touch; the odd huge
 * area (a whole column, a whole sheet) is compared with every other one.
 */
import type { Area } from "../../engine/model/sheet";

const SPAN = 64;
/** An area touching more buckets than this is "huge" and checked against all. */
const MAX_BUCKETS = 16;

export function cleanMerges(areas: readonly Area[]): Area[] {
  const kept: Area[] = [];
  const huge: Area[] = [];
  const buckets = new Map<number, Area[]>();
  for (const area of areas) {
    if (area.top > area.bottom || area.left > area.right) continue;
    const r0 = Math.floor(area.top / SPAN);
    const r1 = Math.floor(area.bottom / SPAN);
    const c0 = Math.floor(area.left / SPAN);
    const c1 = Math.floor(area.right / SPAN);
    const isHuge = (r1 - r0 + 1) * (c1 - c0 + 1) > MAX_BUCKETS;
    if (isHuge ? kept.some((k) => overlaps(k, area)) : huge.some((k) => overlaps(k, area)) || inBuckets(buckets, r0, r1, c0, c1, area)) continue;
    kept.push(area);
    if (isHuge) huge.push(area);
    else {
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const key = r * 1024 + c;
          const list = buckets.get(key);
          if (list) list.push(area);
          else buckets.set(key, [area]);
        }
      }
    }
  }
  return kept.sort((a, b) => a.top - b.top || a.left - b.left);
}

function inBuckets(buckets: Map<number, Area[]>, r0: number, r1: number, c0: number, c1: number, area: Area): boolean {
  for (let r = r0; r <= r1; r++) {
    for (let c = c0; c <= c1; c++) {
      const list = buckets.get(r * 1024 + c);
      if (list && list.some((k) => overlaps(k, area))) return true;
    }
  }
  return false;
}

function overlaps(a: Area, b: Area): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}
