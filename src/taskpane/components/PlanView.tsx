import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Text,
  tokens,
} from "@fluentui/react-components";
import { PLAN_STRINGS } from "../plan/strings";
import type { PaneState } from "../state/state";
import type { PaneActions } from "../state/use-pane";
import type { PlanActions, PlanProposal } from "../state/use-plan";
import { BusyBar } from "./BusyBar";
import { Notices } from "./Notices";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: {
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    maxHeight: "45vh",
    overflowY: "auto",
  },
  item: { listStyleType: "none", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  clears: { display: "block", color: tokens.colorNeutralForeground3 },
});

/** At most this many changes are listed; the rest are counted. */
const LISTED = 40;

/**
 * 計画: 自動作成 (fill the empty blocks) and 修正案 (the fewest changes that clear every error), each
 * computed in a Web Worker with progress and a stop button, shown as a proposal (each cell, before
 * → after, the error it clears; a cell is selected on the sheet when clicked) and written only when
 * the user confirms.
 */
export function PlanView({
  state,
  actions,
  plan,
}: {
  readonly state: PaneState;
  readonly actions: PaneActions;
  readonly plan: {
    readonly proposal: PlanProposal | null;
    readonly stage: string | null;
    readonly actions: PlanActions;
  };
}) {
  const s = useStyles();
  const t = useStrings();
  const w = PLAN_STRINGS[t.lang];
  const busy = state.busy !== null;
  const planning = state.busy?.task === "plan" && plan.stage !== null;
  const p = plan.proposal;
  const changes = p?.result.changes ?? [];
  return (
    <div className={s.root}>
      <Text size={200} className={s.hint}>
        {w.intro}
      </Text>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          title={w.autoPlanHint}
          onClick={() => void plan.actions.propose("plan")}
        >
          {w.autoPlan}
        </Button>
        <Button disabled={busy} title={w.fixHint} onClick={() => void plan.actions.propose("fix")}>
          {w.fix}
        </Button>
        {planning && (
          <Button appearance="secondary" onClick={plan.actions.cancel} data-plan-cancel>
            {w.cancel}
          </Button>
        )}
      </div>
      <BusyBar busy={state.busy} />
      {planning && <Text size={200}>{plan.stage}</Text>}
      <Notices notices={state.notices} area="plan" onDismiss={actions.dismiss} />
      {p && (
        <div className={s.root} data-plan-proposal>
          {p.result.ok ? (
            <MessageBar intent="success" layout="multiline">
              <MessageBarBody>
                {p.mode === "fix"
                  ? w.fixReady(changes.length)
                  : w.planReady(changes.length, new Set(changes.map((c) => c.trainee)).size)}
              </MessageBarBody>
            </MessageBar>
          ) : (
            <MessageBar intent="warning" layout="multiline">
              <MessageBarBody>
                {w.noPlan}
                <ul className={s.list} data-plan-reasons>
                  {p.result.reasons.map((r, i) => (
                    <li key={i} className={s.item}>
                      {r.trainee ? `${r.trainee}: ` : ""}
                      {t.lang === "en" ? r.message.en : r.message.ja}
                    </li>
                  ))}
                </ul>
                {changes.length > 0 && w.partial}
              </MessageBarBody>
            </MessageBar>
          )}
          <Text size={200}>{w.checked(p.result.summary.errors, p.result.summary.warnings)}</Text>
          <ul className={s.list} data-plan-changes>
            {changes.slice(0, LISTED).map((c) => (
              <li key={`${c.sheet}!${c.cell}`} className={s.item}>
                <Button
                  appearance="transparent"
                  size="small"
                  onClick={() => void plan.actions.select(c.sheet, c.cell)}
                >
                  {c.cell}
                </Button>
                {c.trainee} <span className={s.before}>{c.before === "" ? w.empty : c.before}</span>{" "}
                → {c.after}
                {c.resolves && (
                  <span className={s.clears}>
                    {w.clears(
                      c.resolves.rule,
                      t.lang === "en" ? c.resolves.message_en : c.resolves.message
                    )}
                  </span>
                )}
              </li>
            ))}
            {changes.length > LISTED && (
              <li className={s.item}>{w.more(changes.length - LISTED)}</li>
            )}
          </ul>
          {changes.length > 0 && (
            <div className={s.actions}>
              <Button
                appearance="primary"
                disabled={busy}
                onClick={() => void plan.actions.apply()}
                data-plan-apply
              >
                {w.apply}
              </Button>
              <Button disabled={busy} onClick={plan.actions.discard}>
                {w.discard}
              </Button>
            </div>
          )}
        </div>
      )}
    </div>
  );
}
