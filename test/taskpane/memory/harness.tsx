import type { Root } from "react-dom/client";
import { App } from "../components/App";
import type { Lang } from "../i18n";
import { MemoryWorkbook, type MemoryWorkbookData } from "../workbook/memory";
import { SheetPreview } from "./SheetPreview";

/**
 * The browser test mode (`taskpane.html?memory`): the real pane against an in-memory workbook,
 * beside a view of that workbook (values, merges, the highlights as they would show, notes, the
 * selection). The workbook comes from `window.__ROTA_MEMORY_SEED__` (set by the test before the
 * page loads) and is reachable as `window.__rotaMemory`, for the test to look at and to edit.
 * Loaded only in this mode, as a chunk of its own.
 */
declare global {
  interface Window {
    __ROTA_MEMORY_SEED__?: MemoryWorkbookData;
    __rotaMemory?: MemoryWorkbook;
  }
}

/** The pane's width here: Excel's default task pane is about 320–350 px wide. */
const PANE_WIDTH = 340;

export function startMemoryMode(root: Root, lang: Lang): MemoryWorkbook {
  const seed = window.__ROTA_MEMORY_SEED__;
  const workbook = seed
    ? MemoryWorkbook.fromJSON(seed)
    : MemoryWorkbook.fromSheets([{ name: "Sheet1", rows: [] }]);
  window.__rotaMemory = workbook;
  document.body.style.margin = "0";
  root.render(
    <div style={{ display: "flex", alignItems: "stretch", minHeight: "100vh" }}>
      <div id="pane" style={{ width: PANE_WIDTH, flex: "none", borderRight: "1px solid #d1d1d1" }}>
        <App port={workbook} lang={lang} />
      </div>
      <div style={{ flex: "1 1 auto", minWidth: 0, overflow: "auto" }}>
        <SheetPreview workbook={workbook} />
      </div>
    </div>
  );
  return workbook;
}
