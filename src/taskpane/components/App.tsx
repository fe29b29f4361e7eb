import {
  FluentProvider,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import { useState } from "react";
import { STRINGS, type Lang } from "../i18n";
import { usePane } from "../state/use-pane";
import type { WorkbookPort } from "../workbook/port";
import { CheckView } from "./CheckView";
import { StringsContext } from "./strings";
import { TemplateView } from "./TemplateView";

const useStyles = makeStyles({
  root: {
    minHeight: "100vh",
    boxSizing: "border-box",
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  header: {
    display: "flex",
    alignItems: "baseline",
    columnGap: tokens.spacingHorizontalS,
    flexWrap: "wrap",
  },
  subtitle: { color: tokens.colorNeutralForeground3 },
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

type TabId = "check" | "templates";

/** The task pane: 検証 (check, highlight, clear) and テンプレート (insert a course template). */
export function App({ port, lang }: { readonly port: WorkbookPort; readonly lang: Lang }) {
  const s = useStyles();
  const strings = STRINGS[lang];
  const { state, actions } = usePane(port, strings);
  const [tab, setTab] = useState<TabId>("check");
  return (
    <StringsContext.Provider value={strings}>
      <FluentProvider theme={webLightTheme} className={s.root} lang={lang}>
        <header className={s.header}>
          <Text as="h1" size={500} weight="semibold">
            Rota
          </Text>
          <Text size={200} className={s.subtitle}>
            {strings.subtitle}
          </Text>
        </header>
        <TabList
          className={s.tabs}
          selectedValue={tab}
          onTabSelect={(_, data) => setTab(data.value as TabId)}
        >
          <Tab value="check">{strings.tabs.check}</Tab>
          <Tab value="templates">{strings.tabs.templates}</Tab>
        </TabList>
        <main>
          {tab === "check" ? (
            <CheckView state={state} actions={actions} />
          ) : (
            <TemplateView state={state} actions={actions} />
          )}
        </main>
      </FluentProvider>
    </StringsContext.Provider>
  );
}
