import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  makeStyles,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { RowInsertionPlan } from "../insert/cohort-row";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  list: {
    margin: `${tokens.spacingVerticalS} 0`,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    maxHeight: "40vh",
    overflowY: "auto",
  },
  item: { listStyleType: "none", fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS },
  before: { textDecorationLine: "line-through", color: tokens.colorNeutralForeground3 },
  after: { color: tokens.colorNeutralForeground1 },
});

/** At most this many replaced cells are listed; the rest are counted. */
const LISTED = 12;

/** Shows what an insertion would replace and asks first; Cancel is the default. */
export function ConfirmDialog({
  plan,
  onConfirm,
  onCancel,
}: {
  readonly plan: RowInsertionPlan | null;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const s = useStyles();
  const t = useStrings().template;
  const a = useStrings().actions;
  const conflicts = plan?.conflicts ?? [];
  return (
    <Dialog
      open={plan !== null}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && onCancel()}
    >
      <DialogSurface aria-describedby="rota-confirm-body">
        <DialogBody>
          <DialogTitle>{t.confirmTitle}</DialogTitle>
          <DialogContent id="rota-confirm-body">
            {conflicts.length > 0 && <Text block>{t.confirmBody(conflicts.length)}</Text>}
            <ul className={s.list} data-conflicts>
              {conflicts.slice(0, LISTED).map((c) => (
                <li key={c.cell} className={s.item}>
                  <span className={s.cell}>{c.cell}</span>
                  <span className={s.before}>{c.before}</span> →{" "}
                  <span className={s.after}>{c.after === "" ? t.empty : c.after}</span>
                </li>
              ))}
              {conflicts.length > LISTED && (
                <li className={s.item}>{t.more(conflicts.length - LISTED)}</li>
              )}
            </ul>
            {plan && plan.unmerged.length > 0 && (
              <Text block size={200}>
                {t.unmerge(plan.unmerged)}
              </Text>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="secondary" onClick={onCancel}>
              {a.cancel}
            </Button>
            <Button appearance="primary" onClick={onConfirm}>
              {a.confirm}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
