import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Switch,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { PaneActions } from "../state/use-pane";
import { RECHECK_DELAY_MS } from "../state/use-pane";
import type { PaneState } from "../state/state";
import { BusyBar } from "./BusyBar";
import { Notices } from "./Notices";
import { ReadingView } from "./ReadingView";
import { ResidentCard } from "./ResidentCard";
import { useExplain } from "../state/use-explain";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  toolbar: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  summary: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
  scope: { color: tokens.colorNeutralForeground3, overflowWrap: "anywhere" },
  counts: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    alignItems: "center",
  },
  list: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** 検証: check, highlight and clear; the findings by resident. */
export function CheckView({
  state,
  actions,
}: {
  readonly state: PaneState;
  readonly actions: PaneActions;
}) {
  const s = useStyles();
  const t = useStrings();
  const result = state.result;
  const busy = state.busy !== null;
  const summary = result?.report.summary;
  const residents = result?.residents ?? [];
  const trainees = residents.filter((r) => r.row > 0).length;
  const explains = useExplain(result);
  return (
    <div className={s.root}>
      <div className={s.toolbar}>
        <Button
          appearance="primary"
          onClick={() => void actions.check()}
          disabled={busy}
          title={t.actionHints.check}
        >
          {t.actions.check}
        </Button>
        <Button
          onClick={() => void actions.highlight()}
          disabled={busy}
          title={t.actionHints.highlight}
        >
          {t.actions.highlight}
        </Button>
        <Button onClick={() => void actions.clear()} disabled={busy} title={t.actionHints.clear}>
          {t.actions.clear}
        </Button>
      </div>
      <div>
        <Switch
          checked={state.autoRecheck}
          onChange={(_, data) => actions.setAutoRecheck(data.checked)}
          label={t.autoRecheck}
        />
        {state.autoRecheck && (
          <Text size={200} block className={s.hint}>
            {t.autoRecheckHint(RECHECK_DELAY_MS / 1000)}
          </Text>
        )}
      </div>
      <BusyBar busy={state.busy} />
      <Notices notices={state.notices} area="check" onDismiss={actions.dismiss} />
      {result && summary && (
        <div className={s.summary} data-summary>
          <Text size={200} className={s.scope}>
            {result.scope.kind === "range"
              ? t.scopeSelection(result.sheet, result.range)
              : t.scopeSheet(result.sheet, result.range)}
          </Text>
          {result.report.grids.length === 0 ? (
            <MessageBar intent="info" layout="multiline">
              <MessageBarBody>{t.noGrid}</MessageBarBody>
            </MessageBar>
          ) : (
            <div className={s.counts}>
              <Text weight="semibold">{t.residents(trainees)}</Text>
              <Badge color="danger" appearance={summary.errors > 0 ? "filled" : "ghost"}>
                {t.severity.error} {summary.errors}
              </Badge>
              <Badge color="warning" appearance={summary.warnings > 0 ? "filled" : "ghost"}>
                {t.severity.warning} {summary.warnings}
              </Badge>
              <Badge color="informative" appearance={summary.infos > 0 ? "filled" : "ghost"}>
                {t.severity.info} {summary.infos}
              </Badge>
            </div>
          )}
          {result.report.grids.length > 0 && result.report.findings.length === 0 && (
            <MessageBar intent="success">
              <MessageBarBody>{t.allClear}</MessageBarBody>
            </MessageBar>
          )}
        </div>
      )}
      <ReadingView explains={explains} />
      {residents.length > 0 && (
        <div className={s.list}>
          {residents.slice(0, state.shown).map((r) => (
            <ResidentCard
              key={r.key}
              resident={r}
              merges={result?.merges ?? []}
              onSelect={(f) => void actions.select(f)}
            />
          ))}
          {residents.length > state.shown && (
            <Button appearance="subtle" onClick={actions.showMore}>
              {t.showMore(residents.length - state.shown)}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
