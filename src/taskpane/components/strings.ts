import { createContext, useContext } from "react";
import { STRINGS, type Strings } from "../i18n";

/** The pane's texts in its language, for every component below App. */
export const StringsContext = createContext<Strings>(STRINGS.ja);

export function useStrings(): Strings {
  return useContext(StringsContext);
}
