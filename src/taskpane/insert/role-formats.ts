import type { CellRole } from "../../engine";
import type { CellFormat } from "../workbook/port";

/**
 * How each part of a template looks when the pane writes it: the same roles the CLI's xlsx writer
 * styles, drawn with Excel's own plain means (bold, a light fill, wrapped text).
 */
export const ROLE_FORMATS: Readonly<Record<CellRole, CellFormat>> = {
  title: { bold: true, fontSize: 14 },
  label: { bold: true },
  value: { fill: "#FFFDE7" },
  year: { bold: true, fill: "#DDEBF7" },
  header: { bold: true, fill: "#F2F2F2", horizontal: "Center" },
  rotation: { wrap: true, horizontal: "Center", vertical: "Center" },
  note: { italic: true, fontColor: "#666666" },
};

/** Excel's number format for the dates the pane writes. */
export const DATE_FORMAT = "yyyy/m/d";
