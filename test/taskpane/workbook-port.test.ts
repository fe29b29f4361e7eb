/**
 * One WorkbookPort contract, run against the office.js port (over office-addin-mock) and the
 * tests' in-memory workbook.
 */
import { OfficeWorkbook } from "../../src/taskpane/workbook/office";
import { FakeExcel } from "./fake-excel";
import { MemoryWorkbook } from "./memory/workbook";
import { describePortContract } from "./port-contract";

describePortContract("OfficeWorkbook (office.js, through office-addin-mock)", (sheets) => {
  const excel = new FakeExcel(sheets);
  return Promise.resolve({
    port: new OfficeWorkbook({ run: excel.run, notes: true }),
    userEdit: (sheet, cell, value) => excel.userEdit(sheet, cell, value),
    setNote: (sheet, cell, text) => void excel.sheet(sheet).notes.set(cell, text),
    note: (sheet, cell) => excel.sheet(sheet).notes.get(cell),
    setProtected: (sheet, on) => void (excel.sheet(sheet).protected = on),
  });
});

describePortContract("MemoryWorkbook (the tests' in-memory workbook)", (sheets) => {
  const wb = MemoryWorkbook.fromSheets(sheets);
  return Promise.resolve({
    port: wb,
    userEdit: (sheet, cell, value) => Promise.resolve(wb.userEdit(sheet, cell, value)),
    setNote: (sheet, cell, text) => wb.setNote(sheet, cell, text),
    note: (sheet, cell) => wb.note(sheet, cell),
    setProtected: (sheet, on) => wb.setProtected(sheet, on),
  });
});
