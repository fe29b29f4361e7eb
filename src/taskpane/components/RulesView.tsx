import { Button, makeStyles, Select, Text, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { FIELD_CHOICES, unknownSpellings, type UnknownSpelling } from "../rules/add-spelling";
import { RULES_STRINGS } from "../rules/rules-strings";
import type { PaneState } from "../state/state";
import type { RulesTask } from "../state/use-rules";
import type { PaneActions } from "../state/use-pane";
import { Notices } from "./Notices";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  hint: { color: tokens.colorNeutralForeground3 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: "none",
    display: "flex",
    flexDirection: "column",
    rowGap: "6px",
  },
  rule: { display: "flex", flexDirection: "column" },
  head: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
    alignItems: "baseline",
  },
  id: { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200 },
  numbers: {
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground2,
  },
  source: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase100 },
  changed: { color: tokens.colorPaletteBlueForeground2, fontWeight: tokens.fontWeightSemibold },
  off: { color: tokens.colorNeutralForeground4, textDecorationLine: "line-through" },
  problem: { color: tokens.colorPaletteRedForeground1 },
  spelling: {
    display: "flex",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "center",
    flexWrap: "wrap",
  },
  confirm: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground1,
    borderRadius: tokens.borderRadiusMedium,
  },
});

/** One text the last check could not read: choose its field, then ask to add it (written only after confirming). */
function SpellingRow({
  item,
  onAdd,
  disabled,
}: {
  readonly item: UnknownSpelling;
  readonly onAdd: (text: string, field: string) => void;
  readonly disabled: boolean;
}) {
  const s = useStyles();
  const strings = useStrings();
  const t = RULES_STRINGS[strings.lang];
  const [field, setField] = useState(
    item.suggestion && FIELD_CHOICES.includes(item.suggestion)
      ? item.suggestion
      : (FIELD_CHOICES[0] ?? "")
  );
  return (
    <li className={s.spelling}>
      <Text weight="semibold">「{item.text}」</Text>
      <Select
        aria-label={t.meaning(item.text)}
        value={field}
        onChange={(_, data) => setField(data.value)}
      >
        {FIELD_CHOICES.map((f) => (
          <option key={f} value={f}>
            {f}
          </option>
        ))}
      </Select>
      <Button size="small" disabled={disabled} onClick={() => onAdd(item.text, field)}>
        {t.add}
      </Button>
    </li>
  );
}

/**
 * 規則: the rules in force — the national rules and the courses, with the workbook's 規則 sheet —
 * each with its numbers, severity and source; and a button that writes a starting 規則 sheet.
 * Text is rendered as text (React escapes it), never as HTML.
 */
export function RulesView({
  state,
  actions,
  rules,
}: {
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly rules: RulesTask;
}) {
  const s = useStyles();
  const strings = useStrings();
  const t = RULES_STRINGS[strings.lang];
  const { model, load } = rules;
  const unknown = unknownSpellings(state.result?.report.findings ?? []);
  useEffect(() => {
    if (model === null) void load();
  }, [model, load]);
  return (
    <div className={s.root}>
      <div className={s.actions}>
        <Button disabled={state.busy !== null} onClick={() => void rules.load()} title={t.loadHint}>
          {t.load}
        </Button>
        <Button
          disabled={state.busy !== null || model?.kind !== "rules" || model.sheet !== null}
          onClick={() => void rules.writeStarting()}
          title={t.writeHint}
        >
          {t.write}
        </Button>
      </div>
      <Notices notices={state.notices} area="rules" onDismiss={actions.dismiss} />
      {rules.pendingSpelling && (
        <div className={s.confirm} role="alertdialog" aria-label={t.add}>
          <Text>{t.confirmAdd(rules.pendingSpelling.text, rules.pendingSpelling.field)}</Text>
          <div className={s.actions}>
            <Button appearance="primary" onClick={() => void rules.confirmSpelling()}>
              {t.confirm}
            </Button>
            <Button onClick={rules.cancelSpelling}>{t.cancel}</Button>
          </div>
        </div>
      )}
      {unknown.length > 0 && (
        <section aria-label={t.unknownTitle}>
          <Text weight="semibold">{t.unknownTitle}</Text>
          <Text as="p" size={200} className={s.hint}>
            {t.unknownHint}
          </Text>
          <ul className={s.list}>
            {unknown.map((u) => (
              <SpellingRow
                key={u.text}
                item={u}
                onAdd={rules.proposeSpelling}
                disabled={state.busy !== null || rules.pendingSpelling !== null}
              />
            ))}
          </ul>
        </section>
      )}
      {model?.kind === "unusable" && (
        <div role="alert">
          <Text className={s.problem}>{t.unusable(model.sheet)}</Text>
          <ul>
            {model.problems.map((p, i) => (
              <li key={i}>{p[strings.lang]}</li>
            ))}
          </ul>
        </div>
      )}
      {model?.kind === "rules" && (
        <>
          <Text size={200} className={s.hint}>
            {model.sheet ? t.fromSheet(model.sheet) : t.shipped}
          </Text>
          <ul className={s.list} aria-label={t.tab}>
            {model.rules.map((r, i) => (
              <li key={`${r.id}-${i}`} className={s.rule}>
                <span className={s.head}>
                  <span className={s.id}>{r.id}</span>
                  <Text size={200}>{strings.severity[r.severity]}</Text>
                  <span className={r.enabled ? undefined : s.off}>
                    {r.description[strings.lang]}
                  </span>
                  {!r.enabled && <Text size={200}>{t.off}</Text>}
                  {r.enabled && r.changed && (
                    <Text size={200} className={s.changed}>
                      {t.changed}
                    </Text>
                  )}
                </span>
                <span className={s.numbers}>
                  {Object.entries(r.params)
                    .map(([k, v]) => `${k}=${v}`)
                    .join(" ")}
                </span>
                <span className={s.source}>
                  {t.source}: {r.source}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
