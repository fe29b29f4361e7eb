/**
 * A workbook through office-addin-mock, as the shared runtime's `Excel` global: enough of the API
 * for reading merged areas (`worksheets.getItem(name).getRange(address).getMergedAreasOrNullObject()`),
 * with every request recorded and `context.sync` counted.
 */
import { OfficeMockObject } from "office-addin-mock";

export interface MockExcel {
  /** Sheet and range of every getRange call. */
  readonly requests: Array<{ sheet: string; range: string }>;
  /** Round trips to the workbook. */
  syncs(): number;
  /** Puts this mock in `globalThis.Excel`; returns a function that takes it away. */
  install(): () => void;
}

interface Context {
  sync(): Promise<void>;
}

/**
 * @param mergedAddress what `RangeAreas.address` says for the requested range
 *   (`'2026年度'!D5:E5,'2026年度'!F5:G5`), "" for none
 * @param fail make every `Excel.run` reject, as when the API is not available
 */
export function mockExcel(mergedAddress: string, options: { fail?: boolean } = {}): MockExcel {
  const requests: Array<{ sheet: string; range: string }> = [];
  let sheet = "";
  const data = {
    context: {
      workbook: {
        worksheets: {
          sheet: {
            range: {
              merged: { address: mergedAddress },
              getMergedAreasOrNullObject(this: { merged: unknown }) {
                return this.merged;
              },
            },
            getRange(this: { range: unknown }, address: string) {
              requests.push({ sheet, range: address });
              return this.range;
            },
          },
          getItem(this: { sheet: unknown }, name: string) {
            sheet = name;
            return this.sheet;
          },
        },
      },
    },
    async run(this: { context: Context }, batch: (context: Context) => Promise<unknown>) {
      if (options.fail) throw new Error("ApiNotFound");
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data);
  const context = excel.context as Context;
  const sync = jest.spyOn(context, "sync");
  return {
    requests,
    syncs: () => sync.mock.calls.length,
    install: () => {
      const g = globalThis as { Excel?: unknown };
      g.Excel = excel;
      return () => {
        delete g.Excel;
      };
    },
  };
}
