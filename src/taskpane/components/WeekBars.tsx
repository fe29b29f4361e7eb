import { makeStyles, tokens } from "@fluentui/react-components";
import type { WeekBar } from "../check/bars";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  grid: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr max-content",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    margin: 0,
    padding: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  label: { color: tokens.colorNeutralForeground2, whiteSpace: "nowrap" },
  track: {
    height: "6px",
    borderRadius: tokens.borderRadiusSmall,
    backgroundColor: tokens.colorNeutralBackground5,
    overflow: "hidden",
    minWidth: "40px",
  },
  met: { height: "100%", backgroundColor: tokens.colorPaletteGreenBackground3 },
  short: { height: "100%", backgroundColor: tokens.colorPaletteRedBackground3 },
  value: {
    textAlign: "right",
    fontVariantNumeric: "tabular-nums",
    whiteSpace: "nowrap",
    color: tokens.colorNeutralForeground2,
  },
  shortValue: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/**
 * A resident's weeks in each required field as small bars against the minimum: a full green bar
 * once the minimum is met, a red one as far as it goes when short. Each is a `meter` for screen
 * readers, with the numbers in words.
 */
export function WeekBars({ bars }: { readonly bars: readonly WeekBar[] }) {
  const s = useStyles();
  const t = useStrings();
  return (
    <div className={s.grid}>
      {bars.map((b) => {
        const share = b.min > 0 ? Math.min(1, b.weeks / b.min) : 1;
        return (
          <div key={b.field} style={{ display: "contents" }}>
            <span className={s.label}>{t.field(b.field)}</span>
            <div
              className={s.track}
              role="meter"
              aria-label={t.barLabel(b.field, b.weeks, b.min, b.met)}
              aria-valuemin={0}
              aria-valuemax={b.min}
              aria-valuenow={Math.min(b.weeks, b.min)}
            >
              <div
                className={b.met ? s.met : s.short}
                style={{ width: `${Math.round(share * 100)}%` }}
              />
            </div>
            <span className={b.met ? s.value : `${s.value} ${s.shortValue}`}>
              {t.weeks(b.weeks, b.min)}
            </span>
          </div>
        );
      })}
    </div>
  );
}
