import { Badge, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { findingMessage, type Area, type Finding, type Severity } from "../../engine";
import { toRanges } from "../workbook/ranges";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  item: { listStyleType: "none", margin: 0, padding: 0 },
  button: {
    display: "grid",
    gridTemplateColumns: "max-content 1fr",
    columnGap: tokens.spacingHorizontalS,
    rowGap: "2px",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    border: `1px solid transparent`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
    ":active": { backgroundColor: tokens.colorNeutralBackground1Pressed },
    ":focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: "1px" },
  },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  meta: { gridColumnStart: 2, color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  badge: { alignSelf: "start", marginTop: "1px" },
});

const BADGE_COLOR: Readonly<Record<Severity, "danger" | "warning" | "informative">> = {
  error: "danger",
  warning: "warning",
  info: "informative",
};

/** At most this many ranges are spelt out on a finding; the rest are selected all the same. */
const SHOWN_RANGES = 4;

/**
 * One finding: its severity, its explanation and its cells. The whole row is a button: pressing it
 * (click, Enter or Space) selects the cells on the sheet. Cell text reaches the page as React text
 * only, never as HTML.
 */
export function FindingItem({
  finding,
  merges,
  onSelect,
}: {
  readonly finding: Finding;
  readonly merges: readonly Area[];
  readonly onSelect: (f: Finding) => void;
}) {
  const s = useStyles();
  const t = useStrings();
  const ranges = toRanges(finding.cells, merges);
  const cells =
    ranges.length > SHOWN_RANGES
      ? `${ranges.slice(0, SHOWN_RANGES).join(", ")} …`
      : ranges.join(", ");
  const message = findingMessage(finding, t.lang);
  return (
    <li className={s.item}>
      <button
        type="button"
        className={s.button}
        onClick={() => onSelect(finding)}
        title={t.selectCells(ranges.join(", "))}
        data-rule={finding.rule}
      >
        <Badge
          className={mergeClasses(s.badge)}
          size="small"
          appearance="filled"
          color={BADGE_COLOR[finding.severity]}
        >
          {t.severity[finding.severity]}
        </Badge>
        <span className={s.message}>{message}</span>
        <span className={s.meta}>
          {finding.rule} · {cells}
        </span>
      </button>
    </li>
  );
}
