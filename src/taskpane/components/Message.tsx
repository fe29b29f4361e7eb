import {
  FluentProvider,
  MessageBar,
  MessageBarBody,
  webLightTheme,
} from "@fluentui/react-components";

/** The pane when it cannot work: outside Excel, or in an Excel too old for it. */
export function Message({ text, lang }: { readonly text: string; readonly lang: string }) {
  return (
    <FluentProvider theme={webLightTheme} lang={lang} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{text}</MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
