import {
  Button,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  SpinButton,
  Text,
  tokens,
} from "@fluentui/react-components";
import { useState } from "react";
import { TEMPLATE_CHOICES, type TemplateChoice } from "../insert/templates";
import type { PaneState } from "../state/state";
import type { Destination, PaneActions } from "../state/use-pane";
import { BusyBar } from "./BusyBar";
import { ConfirmDialog } from "./ConfirmDialog";
import { Notices } from "./Notices";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  hint: { color: tokens.colorNeutralForeground3 },
  option: { display: "flex", flexDirection: "column" },
  actions: { display: "flex" },
});

/** The fiscal year a plan made today most likely starts: next April's. */
export function defaultStartYear(now: Date = new Date()): number {
  return now.getFullYear() + (now.getMonth() >= 3 ? 1 : 0);
}

/** テンプレート挿入: a course, a name and a start year; into a new sheet or a resident's row. */
export function TemplateView({
  state,
  actions,
}: {
  readonly state: PaneState;
  readonly actions: PaneActions;
}) {
  const s = useStyles();
  const t = useStrings();
  const [choice, setChoice] = useState<TemplateChoice>("A");
  const [name, setName] = useState("");
  const [year, setYear] = useState<number>(defaultStartYear());
  const [destination, setDestination] = useState<Destination>("new-sheet");
  const rowAllowed = choice !== "cs";
  const where: Destination = rowAllowed ? destination : "new-sheet";
  return (
    <div className={s.root}>
      <Field label={t.template.course}>
        <RadioGroup
          value={choice}
          onChange={(_, data) => {
            const next = TEMPLATE_CHOICES.find((c) => c === data.value);
            if (next) setChoice(next);
          }}
        >
          {TEMPLATE_CHOICES.map((c) => {
            const option = t.template.option(c);
            return (
              <Radio
                key={c}
                value={c}
                label={
                  <span className={s.option}>
                    <span>{option.label}</span>
                    <Text size={200} className={s.hint}>
                      {option.hint}
                    </Text>
                  </span>
                }
              />
            );
          })}
        </RadioGroup>
      </Field>
      <Field label={t.template.name}>
        <Input
          value={name}
          onChange={(_, data) => setName(data.value)}
          placeholder={t.template.namePlaceholder}
          maxLength={60}
        />
      </Field>
      <Field label={t.template.startYear}>
        <SpinButton
          value={year}
          min={2000}
          max={2100}
          onChange={(_, data) => {
            const next = data.value ?? Number.parseInt(data.displayValue ?? "", 10);
            if (typeof next === "number" && Number.isFinite(next)) setYear(Math.round(next));
          }}
        />
      </Field>
      <Field
        label={t.template.destination}
        hint={
          rowAllowed
            ? where === "row"
              ? t.template.rowHint
              : undefined
            : t.template.csNewSheetOnly
        }
      >
        <RadioGroup
          value={where}
          onChange={(_, data) => setDestination(data.value === "row" ? "row" : "new-sheet")}
        >
          <Radio value="new-sheet" label={t.template.newSheet} />
          <Radio value="row" label={t.template.row} disabled={!rowAllowed} />
        </RadioGroup>
      </Field>
      <div className={s.actions}>
        <Button
          appearance="primary"
          disabled={state.busy !== null}
          onClick={() => void actions.insert({ choice, name, startYear: year }, where)}
        >
          {t.actions.insert}
        </Button>
      </div>
      <BusyBar busy={state.busy?.task === "insert" ? state.busy : null} />
      <Notices notices={state.notices} area="templates" onDismiss={actions.dismiss} />
      <ConfirmDialog
        plan={state.pending}
        onConfirm={() => void actions.confirmInsert()}
        onCancel={actions.cancelInsert}
      />
    </div>
  );
}
