import type { CheckResult } from "../check/run-check";
import type { RowInsertionPlan } from "../insert/cohort-row";
import type { Strings } from "../i18n";

/**
 * The pane's state and how actions change it: a pure reducer, so the pane's behaviour can be
 * tested without a browser. The side effects (talking to the workbook) live in the task hooks (`use-*.ts`).
 */
export type Task = "check" | "highlight" | "clear" | "insert" | "plan";
export type Stage = keyof Strings["stages"];
export type Area = "check" | "templates" | "plan" | "rules";

export interface Busy {
  readonly task: Task;
  readonly stage: Stage;
  /** 0 … 1 */
  readonly progress: number;
}

export interface Notice {
  readonly id: number;
  readonly area: Area;
  readonly intent: "success" | "warning" | "error" | "info";
  readonly text: string;
}

export interface PaneState {
  readonly busy: Busy | null;
  readonly result: CheckResult | null;
  readonly notices: readonly Notice[];
  readonly autoRecheck: boolean;
  /** What Rota itself last selected (not the user's choice of scope). */
  readonly rotaSelection: readonly string[] | null;
  /** A row insertion waiting for the user to confirm what it replaces. */
  readonly pending: RowInsertionPlan | null;
  /** How many residents the list shows. */
  readonly shown: number;
}

export const PAGE = 30;

export const INITIAL_STATE: PaneState = {
  busy: null,
  result: null,
  notices: [],
  autoRecheck: false,
  rotaSelection: null,
  pending: null,
  shown: PAGE,
};

export type Action =
  | { readonly type: "busy"; readonly busy: Busy | null }
  | { readonly type: "checked"; readonly result: CheckResult }
  | { readonly type: "notify"; readonly notice: Omit<Notice, "id"> }
  | { readonly type: "dismiss"; readonly area: Area }
  | { readonly type: "auto"; readonly on: boolean }
  | { readonly type: "selected"; readonly ranges: readonly string[] }
  | { readonly type: "pending"; readonly plan: RowInsertionPlan | null }
  | { readonly type: "more" };

let nextNotice = 1;

export function reduce(state: PaneState, action: Action): PaneState {
  switch (action.type) {
    case "busy":
      return { ...state, busy: action.busy };
    case "checked": {
      // The same sheet checked again keeps the list as long as the user had opened it.
      const same = state.result !== null && state.result.sheetId === action.result.sheetId;
      return { ...state, result: action.result, shown: same ? state.shown : PAGE };
    }
    case "notify":
      // One notice per area: the newest says what happened last.
      return {
        ...state,
        notices: [
          ...state.notices.filter((n) => n.area !== action.notice.area),
          { ...action.notice, id: nextNotice++ },
        ],
      };
    case "dismiss":
      return { ...state, notices: state.notices.filter((n) => n.area !== action.area) };
    case "auto":
      return { ...state, autoRecheck: action.on };
    case "selected":
      return { ...state, rotaSelection: action.ranges };
    case "pending":
      return { ...state, pending: action.plan };
    case "more":
      return { ...state, shown: state.shown + PAGE };
  }
}
