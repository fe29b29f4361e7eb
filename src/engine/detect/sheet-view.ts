export { SheetView } from "../model/sheet-view";
