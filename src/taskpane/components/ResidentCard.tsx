import { Badge, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { Area, Finding } from "../../engine";
import type { ResidentView } from "../check/residents";
import { FindingItem } from "./FindingItem";
import { useStrings } from "./strings";
import { WeekBars } from "./WeekBars";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
    borderLeft: `3px solid ${tokens.colorNeutralStroke2}`,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteMarigoldBorder2 },
  info: { borderLeftColor: tokens.colorPaletteBlueBorderActive },
  clean: { borderLeftColor: tokens.colorPaletteGreenBorder2 },
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
  },
  name: { overflowWrap: "anywhere" },
  row: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  list: { display: "flex", flexDirection: "column", rowGap: "2px", margin: 0, padding: 0 },
  ok: { color: tokens.colorPaletteGreenForeground1, fontSize: tokens.fontSizeBase200 },
});

/** A resident: name, course and row; weeks per required field as bars; findings, errors first. */
export function ResidentCard({
  resident,
  merges,
  onSelect,
}: {
  readonly resident: ResidentView;
  readonly merges: readonly Area[];
  readonly onSelect: (f: Finding) => void;
}) {
  const s = useStyles();
  const t = useStrings();
  const tone = resident.worst === null ? s.clean : s[resident.worst];
  const name = resident.row === 0 ? t.wholeGrid : resident.name;
  return (
    <section className={`${s.card} ${tone}`} aria-label={name} data-resident={resident.name}>
      <div className={s.header}>
        <Text weight="semibold" className={s.name}>
          {name}
        </Text>
        {resident.row > 0 && resident.course !== null && (
          <Badge appearance="outline" color="brand" size="small">
            {t.course(resident.course)}
          </Badge>
        )}
        {resident.row > 0 && <span className={s.row}>{t.row(resident.row)}</span>}
      </div>
      {resident.bars.length > 0 && <WeekBars bars={resident.bars} />}
      {resident.findings.length > 0 ? (
        <ul className={s.list}>
          {resident.findings.map((f, i) => (
            <FindingItem key={`${f.rule}-${i}`} finding={f} merges={merges} onSelect={onSelect} />
          ))}
        </ul>
      ) : (
        <span className={s.ok}>✓ {t.noFindings}</span>
      )}
    </section>
  );
}
