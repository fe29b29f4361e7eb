/// <reference types="office-js" />
/**
 * The ribbon's 再検査 command: forgets the functions' cached reads and asks Excel for a full
 * recalculation, then tells Office it is done, even when Excel refuses.
 */
import { OfficeMockObject } from "office-addin-mock";
import { onClearCaches } from "../../src/addin/runtime";
import { recheck } from "../../src/commands/commands";

interface Application {
  calculate(type: string): void;
}

function mockWorkbook(fail = false) {
  const calculated: string[] = [];
  const data = {
    context: {
      workbook: {
        application: {
          calculate(type: string) {
            calculated.push(type);
          },
        },
      },
    },
    async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
      if (fail) throw new Error("GeneralException");
      return batch(this.context);
    },
  };
  const excel = new OfficeMockObject(data);
  const sync = jest.spyOn(excel.context as { sync(): Promise<void> }, "sync");
  (globalThis as { Excel?: unknown }).Excel = excel;
  return { calculated, sync, application: (excel.context as { workbook: { application: Application } }).workbook.application };
}

afterEach(() => {
  delete (globalThis as { Excel?: unknown }).Excel;
});

describe("recheck", () => {
  it("clears the runtime's caches, then recalculates fully", async () => {
    const cleared = jest.fn();
    onClearCaches(cleared);
    const { calculated, sync } = mockWorkbook();
    const completed = jest.fn();
    await recheck({ completed } as unknown as Office.AddinCommands.Event);
    expect(cleared).toHaveBeenCalledTimes(1);
    expect(calculated).toEqual(["Full"]);
    expect(sync).toHaveBeenCalledTimes(1);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("completes the command even when Excel fails", async () => {
    mockWorkbook(true);
    const completed = jest.fn();
    await expect(recheck({ completed } as unknown as Office.AddinCommands.Event)).resolves.toBeUndefined();
    expect(completed).toHaveBeenCalledTimes(1);
  });
});
