import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { GridExplain } from "../../engine";
import { fmtWeeks, READING_STRINGS } from "./reading-strings";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  panel: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    overflowWrap: "anywhere",
  },
  hint: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  cells: { fontFamily: tokens.fontFamilyMonospace },
});

/**
 * 読み取り (issue 8): under the summary, one collapsed section per grid saying how it was read:
 * the header and its column lengths, where 2年次 begins, which rows became which resident, the
 * legend, and every cell read as something other than its text. Cell text is shown as text.
 */
export function ReadingView({ explains }: { readonly explains: readonly GridExplain[] }) {
  const s = useStyles();
  const r = READING_STRINGS[useStrings().lang];
  if (explains.length === 0) return null;
  return (
    <Accordion collapsible multiple data-readings>
      {explains.map((e, i) => (
        <AccordionItem
          key={`${e.sheet}!${e.range}`}
          value={i}
          data-reading={`${e.sheet}!${e.range}`}
        >
          <AccordionHeader size="small">{r.title(e.sheet, e.range)}</AccordionHeader>
          <AccordionPanel>
            <div className={s.panel}>
              <Text size={200} className={s.hint}>
                {r.hint}
              </Text>
              {e.headers.map((h) => (
                <div key={h.range}>
                  <Text size={200} block>
                    {r.header(
                      h.row,
                      h.range,
                      h.lengths.map((l) => r.length(fmtWeeks(l.weeks), l.columns)).join(", "),
                      fmtWeeks(h.totalWeeks)
                    )}
                  </Text>
                  {h.reading && (
                    <Text size={200} block data-header-reading>
                      {r.reading(h.reading.looked, fmtWeeks(h.reading.weeks))}
                    </Text>
                  )}
                </div>
              ))}
              <Text size={200}>{r.boundary(e.yearBoundary)}</Text>
              {e.legend.length > 0 && (
                <div data-legend>
                  <Text size={200} weight="semibold">
                    {r.legend}
                  </Text>
                  <ul className={s.list}>
                    {e.legend.map((l) => (
                      <li key={`${l.spelling}@${l.cell ?? ""}`}>
                        <Text size={200}>
                          {l.spelling} = {l.means}
                          {l.cell ? ` (${l.cell})` : ""}
                        </Text>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
              <div data-residents>
                <Text size={200} weight="semibold">
                  {r.residents(e.residents.length)}
                </Text>
                <ul className={s.list}>
                  {e.residents.map((p) => (
                    <li key={p.nameCell}>
                      <Text size={200}>
                        {r.resident(p.name, p.nameCell, p.rows.join(", "), fmtWeeks(p.weeks))}
                      </Text>
                    </li>
                  ))}
                </ul>
              </div>
              {e.readings.length > 0 && (
                <div data-cell-readings>
                  <Text size={200} weight="semibold">
                    {r.readings}
                  </Text>
                  <ul className={s.list}>
                    {e.readings.map((c) => (
                      <li key={c.cells[0]} data-cells={c.cells.join(",")}>
                        <Text size={200}>
                          <span className={s.cells}>
                            {c.cells.length > 1
                              ? `${c.cells[0]}:${c.cells[c.cells.length - 1]}`
                              : c.cells[0]}
                          </span>{" "}
                          「{c.text}」 → {c.readAs === "" ? r.notUnderstood : c.readAs} (
                          {c.how.map((h) => `${r.kind[h.kind]}: ${h.detail}`).join("; ")})
                        </Text>
                      </li>
                    ))}
                  </ul>
                </div>
              )}
            </div>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
