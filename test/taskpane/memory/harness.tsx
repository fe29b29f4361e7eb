/**
 * The browser tests' harness page (`harness.html`, built only by the tests into test/.out/addin
 * with `--env harness`; never part of `npm run build`): the real pane against an in-memory
 * workbook, beside a view of that workbook (values, merges, the highlights as they would show,
 * notes, the selection). The workbook comes from `window.__ROTA_MEMORY_SEED__` (set by the test
 * before the page loads) and is reachable as `window.__rotaMemory`, for the test to look at and
 * to edit. `?lang=en` shows the pane in English.
 */
import { createRoot } from "react-dom/client";
import { App } from "../../../src/taskpane/components/App";
import { paneLanguage } from "../../../src/taskpane/i18n";
import { SheetPreview } from "./SheetPreview";
import { MemoryWorkbook, type MemoryWorkbookData } from "./workbook";

declare global {
  interface Window {
    __ROTA_MEMORY_SEED__?: MemoryWorkbookData;
    __rotaMemory?: MemoryWorkbook;
  }
}

/** The pane's width here: Excel's default task pane is about 320–350 px wide. */
const PANE_WIDTH = 340;

function start(element: HTMLElement | null): void {
  if (!element) return;
  const lang = paneLanguage(new URLSearchParams(window.location.search).get("lang"));
  const seed = window.__ROTA_MEMORY_SEED__;
  const workbook = seed
    ? MemoryWorkbook.fromJSON(seed)
    : MemoryWorkbook.fromSheets([{ name: "Sheet1", rows: [] }]);
  window.__rotaMemory = workbook;
  document.body.style.margin = "0";
  createRoot(element).render(
    <div style={{ display: "flex", alignItems: "stretch", minHeight: "100vh" }}>
      <div id="pane" style={{ width: PANE_WIDTH, flex: "none", borderRight: "1px solid #d1d1d1" }}>
        <App port={workbook} lang={lang} />
      </div>
      <div style={{ flex: "1 1 auto", minWidth: 0, overflow: "auto" }}>
        <SheetPreview workbook={workbook} />
      </div>
    </div>
  );
}

start(document.getElementById("root"));
