import { Button, MessageBar, MessageBarActions, MessageBarBody } from "@fluentui/react-components";
import type { Area, Notice } from "../state/state";
import { useStrings } from "./strings";

/** The latest notice of an area: what the last action did, or why it could not. */
export function Notices({
  notices,
  area,
  onDismiss,
}: {
  readonly notices: readonly Notice[];
  readonly area: Area;
  readonly onDismiss: (area: Area) => void;
}) {
  const t = useStrings();
  return (
    <>
      {notices
        .filter((n) => n.area === area)
        .map((n) => (
          <MessageBar key={n.id} intent={n.intent} layout="multiline" data-notice={n.intent}>
            <MessageBarBody>{n.text}</MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button
                  appearance="transparent"
                  size="small"
                  aria-label={t.actions.dismiss}
                  onClick={() => onDismiss(area)}
                >
                  ×
                </Button>
              }
            />
          </MessageBar>
        ))}
    </>
  );
}
