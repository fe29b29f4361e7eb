import { makeStyles, ProgressBar, Text, tokens } from "@fluentui/react-components";
import type { Busy } from "../state/state";
import { useStrings } from "./strings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXS },
});

/** What a long action is doing, and how far it is, announced politely to screen readers. */
export function BusyBar({ busy }: { readonly busy: Busy | null }) {
  const s = useStyles();
  const t = useStrings();
  return (
    <div className={s.root} aria-live="polite" role="status">
      {busy && (
        <>
          <ProgressBar value={busy.progress} thickness="large" aria-label={t.stages[busy.stage]} />
          <Text size={200}>{t.stages[busy.stage]}</Text>
        </>
      )}
    </div>
  );
}
