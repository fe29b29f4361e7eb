import { fromSerial, isDateSerial, toSerial } from "../../src/engine/model/excel-date";
import { serialToDay, dayOf } from "../../src/engine/detect/dates";
import { fromSerial as csFromSerial } from "../../src/engine/cs/values";
import { excelSerial } from "../../src/taskpane/workbook/excel-values";

/** One converter between Excel's serial days and dates, shared by the grid reader, the clinician-scientist reader and the pane. */
describe("excel-date", () => {
  it("reads serials of the 1900 system (epoch 1899-12-30)", () => {
    expect(fromSerial(46113).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(fromSerial(61).toISOString()).toBe("1900-03-01T00:00:00.000Z");
    expect(fromSerial(46113.5).toISOString()).toBe("2026-04-01T12:00:00.000Z");
  });

  it("reads serials of the 1904 system (epoch 1904-01-01)", () => {
    expect(fromSerial(44651, 1904).toISOString()).toBe("2026-04-01T00:00:00.000Z");
    expect(toSerial(new Date(Date.UTC(2026, 3, 1)), 1904)).toBe(44651);
  });

  it("turns a date back into its serial", () => {
    expect(toSerial(new Date(Date.UTC(2026, 3, 1)))).toBe(46113);
    expect(excelSerial(new Date(Date.UTC(2026, 3, 1)))).toBe(46113);
  });

  it("gives every reader the same day", () => {
    expect(serialToDay(46113)).toBe(dayOf(2026, 4, 1));
    expect(csFromSerial(46113.4).toISOString()).toBe("2026-04-01T00:00:00.000Z");
  });

  it("takes only whole days of 1954 … 2119 as a plan's dates", () => {
    expect([isDateSerial(46113), isDateSerial(46113.5), isDateSerial(12), isDateSerial(90_000)]).toEqual([true, false, false, false]);
  });
});
