import { isCellError, type CellValue } from "../../engine";

function sameValue(a: CellValue, b: CellValue): boolean {
  if (a instanceof Date || b instanceof Date)
    return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (isCellError(a) || isCellError(b))
    return isCellError(a) && isCellError(b) && a.error === b.error;
  return (a === "" ? null : a) === (b === "" ? null : b);
}

/** Whether two blocks of values are the same (ragged rows padded with empty cells). */
export function sameValues(
  a: ReadonlyArray<ReadonlyArray<CellValue>>,
  b: ReadonlyArray<ReadonlyArray<CellValue>>
): boolean {
  const rows = Math.max(a.length, b.length);
  for (let r = 0; r < rows; r++) {
    const x = a[r] ?? [];
    const y = b[r] ?? [];
    for (let c = 0; c < Math.max(x.length, y.length); c++)
      if (!sameValue(x[c] ?? null, y[c] ?? null)) return false;
  }
  return true;
}
