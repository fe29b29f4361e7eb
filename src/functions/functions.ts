/// <reference types="custom-functions-runtime" />
/**
 * The ROTA custom functions, as Excel calls them. Each is a thin wrapper: the work is in rota.ts,
 * the arguments' checks in args.ts. `custom-functions-metadata-plugin` writes functions.json from
 * these JSDoc comments and adds the `CustomFunctions.associate` calls to the bundle; neither is
 * written by hand. The build (src/addin/build/plugin.js) writes functions.en.json from the `@en`
 * and `@enParam` tags, for Excel in English.
 *
 * Types are spelled out in each signature because the metadata tool reads the syntax, not aliases:
 * `unknown[][]` is a range of any values, and the result is a 2-D array that spills.
 */
// First: a stand-in CustomFunctions where office.js could not load (see the module).
import "./without-office";
import { createExcelMergeReader } from "../addin/merges";
import { createExcelRulesReader } from "../addin/rules-sheet";
import { onClearCaches } from "../addin/runtime";
import { excelError } from "./excel-error";
import { MESSAGES } from "./messages";
import { clearMemos, rotaField, rotaQuota, rotaTemplate, rotaValidate, rotaWeeks } from "./rota";
import { isErrorValue, type Spill } from "./spill";

/** Merged areas come from the workbook (the shared runtime has the Excel API); cached per grid. */
export const mergeReader = createExcelMergeReader();
/** The program's 規則 sheet, read the same way (CONTRACT §7). */
export const rulesReader = createExcelRulesReader();
onClearCaches(() => {
  mergeReader.clear();
  rulesReader.clear();
  clearMemos();
});

type ExcelValue = string | number | boolean | CustomFunctions.Error;

function toExcel(spill: Spill): ExcelValue[][] {
  return spill.map((row) => row.map((v) => (isErrorValue(v) ? excelError(v.code, v.message) : v)));
}

function internalError(error: unknown): ExcelValue[][] {
  const detail = error instanceof Error ? error.message : String(error);
  return [[excelError("#N/A", MESSAGES.internal(detail).ja)]];
}

function guard(work: () => Spill): ExcelValue[][] {
  try {
    return toExcel(work());
  } catch (error) {
    return internalError(error);
  }
}

async function guardAsync(work: () => Promise<Spill>): Promise<ExcelValue[][]> {
  try {
    return toExcel(await work());
  } catch (error) {
    return internalError(error);
  }
}

/**
 * ローテーション表を臨床研修の規則で検査し、所見を表（研修医・ルール・重要度・内容・セル）にして広げます。問題がなければ OK。
 * @en Checks a rotation grid against the rules of 臨床研修 and spills the findings (trainee, rule, severity, message, cells), or OK.
 * @customfunction VALIDATE
 * @requiresParameterAddresses
 * @helpurl https://localhost:3000/help.html#validate
 * @param grid ローテーション表の範囲。見出し行を含めます（例: B4:AB40、B:AB）。
 * @enParam grid The rotation grid, header row included (for example B4:AB40, or B:AB).
 * @param course コース: A、B、C。省略すると表のコース列やシートの見出しに従います。
 * @enParam course Course A, B or C; by default the grid's course column or title.
 * @param options オプション（例: "lang=en; off=go-4w, rec-8w; min=warning; header=false"）。
 * @enParam options Options, for example "lang=en; off=go-4w, rec-8w; min=warning; header=false".
 * @param invocation Excel が渡す呼び出し情報（引数の番地）。
 * @returns 所見の表、または OK。
 */
export async function validate(
  grid: unknown[][],
  course?: string,
  options?: unknown[][],
  invocation?: CustomFunctions.Invocation
): Promise<Array<Array<string | number | boolean | CustomFunctions.Error>>> {
  return guardAsync(() =>
    rotaValidate(
      [grid, course, options],
      invocation?.parameterAddresses?.[0],
      mergeReader,
      rulesReader
    )
  );
}

/**
 * 研修医ごとに、ある診療科の週数を表の行にそろえて返します。診療科を 1 行に並べると列ごとに数えます。
 * @en Weeks of a field for each trainee, lined up with the grid's rows; a row of fields gives one column each.
 * @customfunction WEEKS
 * @requiresParameterAddresses
 * @helpurl https://localhost:3000/help.html#weeks
 * @param grid ローテーション表の範囲。見出し行を含めます。
 * @enParam grid The rotation grid, header row included.
 * @param field 診療科（例: 内科、救急、神経内科）。セル 1 つか 1 行の範囲。
 * @enParam field The field (for example 内科, 救急, 神経内科): one cell or a row of them.
 * @param invocation Excel が渡す呼び出し情報（引数の番地）。
 * @returns 週数の列。
 */
export async function weeks(
  grid: unknown[][],
  field: unknown[][],
  invocation?: CustomFunctions.Invocation
): Promise<Array<Array<string | number | boolean | CustomFunctions.Error>>> {
  return guardAsync(() =>
    rotaWeeks([grid, field], invocation?.parameterAddresses?.[0], mergeReader)
  );
}

/**
 * 血液内科志望コース（A、B、C）のローテーションを、4 週 1 ブロックを 1 列として横に並べます。
 * @en The rotations of the hematology course A, B or C, one 4-week block per column.
 * @customfunction TEMPLATE
 * @helpurl https://localhost:3000/help.html#template
 * @param course コース: A、B、C。
 * @enParam course Course A, B or C.
 * @param year 1 か 2: その年次だけ（13 列）。省略すると 2 年分（26 列）。
 * @enParam year 1 or 2 for that year only (13 columns); both years (26 columns) by default.
 * @returns ブロックごとのローテーション。
 */
export function template(
  course: string,
  year?: number
): Array<Array<string | number | boolean | CustomFunctions.Error>> {
  return guard(() => rotaTemplate([course, year]));
}

/**
 * 臨床研究医コースの定員を基本領域に割り振ります（各領域に最低数、残りを応募者数の比で最大剰余法）。
 * @en Places of the clinician-scientist course per basic field: the minimum each, the rest by largest remainder on applicants.
 * @customfunction QUOTA
 * @helpurl https://localhost:3000/help.html#quota
 * @param fields 基本領域の列（例: A2:A20）。
 * @enParam fields The basic fields, one column (for example A2:A20).
 * @param applicants 応募者数の列。空欄か - はその領域が参加しないことを表します。
 * @enParam applicants Applicants per field; empty or - for a field not taking part.
 * @param total 定員の合計（省略時 40）。
 * @enParam total Total places (40 by default).
 * @param min 参加する領域ごとの最低数（省略時 1）。
 * @enParam min Places every taking-part field gets first (1 by default).
 * @returns 領域ごとの定員。
 */
export function quota(
  fields: unknown[][],
  applicants: unknown[][],
  total?: number,
  min?: number
): Array<Array<string | number | boolean | CustomFunctions.Error>> {
  return guard(() => rotaQuota([fields, applicants, total, min]));
}

/**
 * セルの文字を正規の診療科名にします（例: 神経内科 → 内科(脳神経)）。範囲を渡すと同じ形で返します。
 * @en The canonical field a cell's text names (神経内科 → 内科(脳神経)); a range gives a range.
 * @customfunction FIELD
 * @helpurl https://localhost:3000/help.html#field
 * @param text ローテーション表のセル、またはその範囲。
 * @enParam text A cell of a rotation grid, or a range of them.
 * @returns 診療科名。
 */
export function field(
  text: unknown[][]
): Array<Array<string | number | boolean | CustomFunctions.Error>> {
  return guard(() => rotaField([text]));
}
