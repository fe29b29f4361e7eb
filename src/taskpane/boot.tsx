/// <reference types="office-js" />
import { createRoot } from "react-dom/client";
import { App } from "./components/App";
import { Message } from "./components/Message";
import { paneLanguage, STRINGS, type Lang } from "./i18n";
import { OfficeWorkbook } from "./workbook/office";

/**
 * Starts the pane. In Excel it works on the open workbook through office.js. Outside Excel it says
 * so, and says when office.js itself could not load (a network that blocks Microsoft's CDN). (The
 * browser tests drive the same App against an in-memory workbook from a page of their own,
 * test/taskpane/memory/harness.tsx, which the production build does not contain.)
 */
export async function boot(element: HTMLElement | null): Promise<void> {
  if (!element) return;
  const root = createRoot(element);
  const office = typeof Office !== "undefined";
  const host = office ? (await Office.onReady()).host : null;

  if (office && host === Office.HostType.Excel) {
    const lang = paneLanguage(Office.context.displayLanguage);
    if (!Office.context.requirements.isSetSupported("ExcelApi", "1.13")) {
      root.render(<Message text={STRINGS[lang].unsupportedExcel} lang={lang} />);
      return;
    }
    root.render(<App port={new OfficeWorkbook()} lang={lang} />);
    return;
  }
  const lang: Lang = paneLanguage(new URLSearchParams(window.location.search).get("lang"));
  root.render(
    <Message text={office ? STRINGS[lang].notInExcel : STRINGS[lang].officeMissing} lang={lang} />
  );
}
