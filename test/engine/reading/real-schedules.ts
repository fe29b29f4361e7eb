/**
 * Rotation schedules that Japanese 臨床研修 programmes publish on their own pages, re-typed into
 * Excel the way a coordinator lays them out (issue 8). Each names its source page; where a page
 * gives the rotations but not every column width, the widths are the ones its text states (週数,
 * ヶ月) and the rest is filled as the page says (選択). Each gives the weeks per field a correct
 * reading yields, and the findings that must and must not appear.
 */
import * as ExcelJS from "exceljs";

export interface RealSchedule {
  readonly id: string;
  readonly source: string;
  /** What the layout shows (for the test's name). */
  readonly shape: string;
  build(): ExcelJS.Workbook;
  /** Residents in order, each with the weeks per field a correct reading gives (2 decimals). */
  readonly residents: ReadonlyArray<{ readonly name: string; readonly weeks: Readonly<Record<string, number>> }>;
  readonly must: readonly string[];
  readonly mustNot: readonly string[];
}

type Span = readonly [text: string, columns: number];

/** Writes spans from `col` (1-based) on `row`, one merged cell per span of more than one column. */
function spans(ws: ExcelJS.Worksheet, row: number, col: number, list: readonly Span[]): void {
  let c = col;
  for (const [text, n] of list) {
    if (text !== "") ws.getCell(row, c).value = text;
    if (n > 1) ws.mergeCells(row, c, row, c + n - 1);
    c += n;
  }
}

const M = (months: number) => Math.round(((months * 52) / 12) * 100) / 100;

/** 宮崎大学 自主デザイン研修プログラム イメージ例【1】【2】: months 4 … 3 once, one row per year, the site before the field. */
const MIYAZAKI: RealSchedule = {
  id: "miyazaki",
  source: "http://www.med.miyazaki-u.ac.jp/home/sotsugo/medical_college/select",
  shape: "bare month numbers once, 1年目/2年目 rows, site before the field (宮大附属 内科, A病院 外科)",
  build() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("選択例");
    ws.getCell("A1").value = "自主デザイン研修プログラム イメージ例";
    ws.getCell("A2").value = "氏名";
    ws.getCell("B2").value = "(月)";
    [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].forEach((m, i) => (ws.getCell(2, 3 + i).value = m));
    ws.getCell("A3").value = "例1 単一診療科重視";
    ws.mergeCells("A3:A4");
    ws.getCell("B3").value = "1年目";
    ws.getCell("B4").value = "2年目";
    spans(ws, 3, 3, [["宮大附属 内科", 6], [" 宮大 精神", 1], ["A病院 外科", 2], ["B病院 救急", 3]]);
    spans(ws, 4, 3, [["C病院 地域", 1], ["宮大 小児", 1], ["宮大 産婦", 1], ["宮大附属 整形外科", 9]]);
    ws.getCell("A5").value = "例2 外科系重視";
    ws.getCell("B5").value = "1年目";
    ws.getCell("B6").value = "2年目";
    spans(ws, 5, 3, [["E病院 内科", 6], ["F病院 精神科", 1], ["宮大附属 救急", 3], [" 宮大附属 外科", 2]]);
    spans(ws, 6, 3, [["G病院 外科", 2], [" 宮大附属 外科", 2], [" 宮大附属 麻酔科", 2], ["H病院 地域", 1], ["宮大 小児", 1], ["宮大 産婦", 1], ["宮大附属 集中治療部", 3]]);
    return wb;
  },
  residents: [
    { name: "例1 単一診療科重視", weeks: { 内科: M(6), 精神科: M(1), 外科: M(2), 救急: M(3), 地域医療: M(1), 小児科: M(1), 産婦人科: M(1), 整形外科: M(9) } },
    { name: "例2 外科系重視", weeks: { 内科: M(6), 精神科: M(1), 救急: M(6), 外科: M(6), 麻酔科: M(2), 地域医療: M(1), 小児科: M(1), 産婦人科: M(1) } },
  ],
  must: ["go-4w", "rec-8w", "header-reading"],
  mustNot: ["unknown-rotation", "total-104w", "im-24w", "em-12w", "surg-4w", "ped-4w", "obgyn-4w", "psy-4w", "comm-4w", "comm-year2"],
};

/** 製鉄記念室蘭病院 研修スケジュール: 1年間=全52週(13クール); 内科系 24週 (循環器・呼吸器 各8週, 消化器・血液 各4週), 麻酔科 8, 外科系 8, 小児科 4, 救急 4, 精神科 4; 2年次 地域医療 4, 産婦人科 4, 救急 4, 選択 40週. */
const MURORAN: RealSchedule = {
  id: "muroran",
  source: "https://www.nshp-muroran.or.jp/_wp/wp-content/themes/skm/training/kensyuusyukezyu-ru",
  shape: "第1クール … 第13クール, once per year with its year row, merged 4-week blocks",
  build() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("研修スケジュール");
    ws.getCell("A1").value = "研修医";
    ws.getCell("B1").value = "1年次";
    ws.mergeCells(1, 2, 1, 14);
    ws.getCell(1, 15).value = "2年次";
    ws.mergeCells(1, 15, 1, 27);
    ws.getCell("A2").value = "氏名";
    for (let i = 0; i < 26; i++) ws.getCell(2, 2 + i).value = `第${(i % 13) + 1}クール`;
    ws.getCell("A3").value = "研修医A";
    spans(ws, 3, 2, [["循環器内科", 2], ["呼吸器内科", 2], ["消化器内科", 1], ["血液内科", 1], ["麻酔科", 2], ["外科", 2], ["小児科", 1], ["救急", 1], ["精神科", 1]]);
    spans(ws, 3, 15, [["地域医療", 1], ["産婦人科", 1], ["救急", 1], ["選択", 10]]);
    ws.getCell("A5").value = "※1年間=全52週(13クール)としてスケジューリング";
    return wb;
  },
  residents: [{ name: "研修医A", weeks: { 内科: 24, 麻酔科: 8, 外科: 8, 小児科: 4, 救急: 8, 精神科: 4, 地域医療: 4, 産婦人科: 4, 選択: 40 } }],
  must: ["go-4w", "rec-8w"],
  mustNot: ["unknown-rotation", "total-104w", "im-24w", "em-12w", "header-reading", "comm-year2"],
};

/** 東京女子医科大学附属足立医療センター 基本コース: 内科, 救急部門(救急医療科(三次救急)) 6週, 麻酔科 6週, 外科系 8週, 小児科 4週 in 1年次; 地域医療, 救急部門(ER), 産婦人科, 精神科, 一般外来 4週 each in 2年次, 選択 the rest. */
const TWMU: RealSchedule = {
  id: "twmu-adachi",
  source: "https://twmu-mce-intern.jp/training/course_basic",
  shape: "week numbers 1 … 52 per year, the hospital's own department names (救急医療科(三次救急), 救急部門(ER))",
  build() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("基本コース");
    ws.getCell("A1").value = "卒後臨床研修プログラム 基本コース";
    ws.getCell("A2").value = "研修医名";
    for (let i = 0; i < 104; i++) ws.getCell(3, 2 + i).value = (i % 52) + 1;
    ws.getCell("A3").value = "週";
    ws.getCell("A4").value = "足立 花子";
    spans(ws, 4, 2, [["内科", 28], ["救急医療科(三次救急)", 6], ["麻酔科", 6], ["外科", 8], ["小児科", 4]]);
    spans(ws, 4, 54, [["地域医療", 4], ["救急部門(ER)", 4], ["産婦人科", 4], ["精神科", 4], ["一般外来", 4], ["選択 循環器内科", 12], ["選択", 20]]);
    return wb;
  },
  residents: [{ name: "足立 花子", weeks: { 内科: 40, 救急: 10, 麻酔科: 6, 外科: 8, 小児科: 4, 地域医療: 4, 産婦人科: 4, 精神科: 4, 選択: 20, 一般外来: 4 } }],
  must: ["rec-8w", "header-reading"],
  mustNot: ["unknown-rotation", "total-104w", "im-24w", "em-12w", "go-4w", "surg-4w", "comm-year2"],
};

/** 手稲渓仁会病院 研修医スケジュール: 総合内科, 腹部外科, 救急科, 小児科, 麻酔科, 地域研修 の20ヶ月 + 選択4ヶ月 (選択必修2, 自由選択2), in months. */
const TEINE: RealSchedule = {
  id: "teine",
  source: "http://www.keijinkai.com/teine/junior_residency/schedule/",
  shape: "months 4月 … 3月 twice, ditto marks (〃) for continuation, 選択必修/自由選択 prefixes",
  build() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("2017年度");
    ws.getCell("A1").value = "ローテーションのカリキュラムとスケジュール";
    ws.getCell("A3").value = "氏名";
    for (let i = 0; i < 24; i++) ws.getCell(3, 2 + i).value = `${((i + 3) % 12) + 1}月`;
    const plan: Span[] = [["総合内科", 10], ["腹部外科", 2], ["救急科", 3], ["麻酔科", 2], ["小児科", 2], ["選択必修 産婦人科", 1], ["選択必修 精神科", 1], ["地域研修", 1], ["自由選択", 2]];
    let c = 2;
    ws.getCell("A4").value = "手稲 一郎";
    for (const [text, n] of plan) {
      for (let k = 0; k < n; k++) ws.getCell(4, c + k).value = k === 0 ? text : "〃";
      c += n;
    }
    return wb;
  },
  residents: [{ name: "手稲 一郎", weeks: { 内科: M(10), 外科: M(2), 救急: M(3), 麻酔科: M(2), 小児科: M(2), 産婦人科: M(1), 精神科: M(1), 地域医療: M(1), 選択: M(2) } }],
  must: ["go-4w", "rec-8w"],
  mustNot: ["unknown-rotation", "total-104w", "im-24w", "em-12w", "surg-4w", "comm-year2", "header-reading"],
};

/** 飯塚病院 内科系ローテーション例 (A医師, B医師): months 4 … 3, abbreviations with their legend under the grid (消内:消化器内科 …). A one-year plan, so total-104w must appear. */
const AIH: RealSchedule = {
  id: "aih-iizuka",
  source: "http://aih-net.com/resident/senior/rotate/naika.html",
  shape: "bare month numbers 4 … 3, abbreviations (消内 腎内 肝内 膠リ 血内 神内) explained by a legend under the grid",
  build() {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("内科系ローテート");
    ws.getCell("A1").value = "内科系ローテーションスケジュール例";
    ws.getCell("A2").value = "氏名";
    [4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3].forEach((m, i) => (ws.getCell(2, 2 + i).value = m));
    ws.getCell("A3").value = "A医師";
    spans(ws, 3, 2, [["消内", 2], ["救急", 2], ["腎内", 2], ["肝内", 2], ["膠リ", 2], ["血内", 1], ["神内", 1]]);
    ws.getCell("A4").value = "B医師";
    spans(ws, 4, 2, [["選択", 2], ["腎内", 2], ["肝内", 2], ["膠リ", 2], ["血内", 2], ["神内", 1], ["消内", 1]]);
    const legend = ["消内:消化器内科", "救急:救急部", "腎内:腎臓内科", "肝内:肝臓内科", "膠リ:膠原病・リウマチ内科", "血内:血液内科", "神内:神経内科"];
    legend.forEach((line, i) => (ws.getCell(6 + i, 1).value = line));
    return wb;
  },
  residents: [
    { name: "A医師", weeks: { 内科: M(10), 救急: M(2) } },
    { name: "B医師", weeks: { 選択: M(2), 内科: M(10) } },
  ],
  must: ["total-104w", "header-reading"],
  mustNot: ["unknown-rotation"],
};

export const REAL_SCHEDULES: readonly RealSchedule[] = [MIYAZAKI, MURORAN, TWMU, TEINE, AIH];
