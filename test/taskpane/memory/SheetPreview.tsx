import { useSyncExternalStore, type CSSProperties, type ReactNode } from "react";
import { areaFromA1, cellText, columnLetters, type Area } from "../../../src/engine";
import type { MemoryWorkbook } from "./workbook";
import { containsCell as contains } from "../../../src/engine";

/** At most this much of a sheet is drawn (a thousand residents need not all be on the page). */
const MAX_ROWS = 40;
const MAX_COLS = 30;

const base: CSSProperties = {
  border: "1px solid #e0e0e0",
  padding: "1px 3px",
  minWidth: 44,
  maxWidth: 120,
  height: 18,
  fontSize: 11,
  lineHeight: "13px",
  whiteSpace: "pre-wrap",
  overflow: "hidden",
  verticalAlign: "middle",
  position: "relative",
  fontFamily: "'Yu Gothic', 'Noto Sans CJK JP', 'Noto Sans JP', sans-serif",
};
const head: CSSProperties = {
  ...base,
  background: "#f3f3f3",
  color: "#555",
  textAlign: "center",
  minWidth: 24,
};

/**
 * A plain view of the in-memory workbook's active sheet, drawn as Excel would show it: values
 * (as text), merged cells, the fill of the conditional format on top (else the cell's own), a red
 * corner where a cell has a note (its text on hover), the selection outlined; the sheets as tabs.
 * Test mode only.
 */
export function SheetPreview({ workbook }: { readonly workbook: MemoryWorkbook }) {
  useSyncExternalStore(
    (fn) => workbook.subscribe(fn),
    () => workbook.version
  );
  const sheet = workbook.activeSheet();
  const used = workbook.usedArea(sheet);
  const merges = workbook
    .merges(sheet)
    .map((m) => areaFromA1(m))
    .filter((a): a is Area => a !== undefined);
  const selection = workbook.currentSelection();
  const selected =
    selection.sheet === sheet
      ? selection.ranges.map((r) => areaFromA1(r)).filter((a): a is Area => a !== undefined)
      : [];
  const rows = Math.min(MAX_ROWS, (used?.bottom ?? 0) + 3);
  const cols = Math.min(MAX_COLS, (used?.right ?? 0) + 2);
  const covered = new Set<string>();
  for (const m of merges)
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++)
        if (r !== m.top || c !== m.left) covered.add(`${r},${c}`);

  const body: ReactNode[] = [];
  for (let r = 0; r < rows; r++) {
    const cells: ReactNode[] = [
      <th key="h" style={head}>
        {r + 1}
      </th>,
    ];
    for (let c = 0; c < cols; c++) {
      if (covered.has(`${r},${c}`)) continue;
      const merge = merges.find((m) => m.top === r && m.left === c);
      const view = workbook.cellView(sheet, r, c);
      const isSelected = selected.some((a) => contains(a, r, c));
      const style: CSSProperties = {
        ...base,
        background: view.fill ?? "#fff",
        color: view.fontColor ?? "#222",
        fontWeight: view.format?.bold ? 600 : undefined,
        textAlign: merge || view.format?.horizontal === "Center" ? "center" : "left",
        boxShadow: isSelected ? "inset 0 0 0 2px #107c41" : undefined,
      };
      cells.push(
        <td
          key={c}
          style={style}
          colSpan={merge ? merge.right - merge.left + 1 : undefined}
          rowSpan={merge ? merge.bottom - merge.top + 1 : undefined}
          title={view.note}
          data-cell={`${columnLetters(c)}${r + 1}`}
        >
          {cellText(view.value)}
          {view.note !== undefined && (
            <span
              aria-hidden
              style={{
                position: "absolute",
                top: 0,
                right: 0,
                borderTop: "6px solid #c00",
                borderLeft: "6px solid transparent",
              }}
            />
          )}
        </td>
      );
    }
    body.push(<tr key={r}>{cells}</tr>);
  }
  return (
    <div style={{ padding: 8, fontFamily: "sans-serif" }} data-preview>
      <table style={{ borderCollapse: "collapse", tableLayout: "auto" }}>
        <thead>
          <tr>
            <th style={head} />
            {Array.from({ length: cols }, (_, c) => (
              <th key={c} style={head}>
                {columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{body}</tbody>
      </table>
      <div style={{ display: "flex", gap: 4, marginTop: 6, flexWrap: "wrap" }} role="tablist">
        {workbook.sheetNames().map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            aria-selected={name === sheet}
            onClick={() => workbook.userSelect(name, ["A1"])}
            style={{
              fontSize: 11,
              padding: "2px 8px",
              border: "1px solid #ccc",
              background: name === sheet ? "#fff" : "#eee",
              borderTop: name === sheet ? "2px solid #107c41" : "1px solid #ccc",
            }}
          >
            {name}
          </button>
        ))}
      </div>
    </div>
  );
}
