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
import { PLAN_STRINGS } from "../plan/strings";
import { usePane } from "../state/use-pane";
import { usePlanTask } from "../state/use-plan";
import type { WorkbookPort } from "../workbook/port";
import { RULES_STRINGS } from "../rules/rules-strings";
import { useRulesTask } from "../state/use-rules";
import { CheckView } from "./CheckView";
import { RulesView } from "./RulesView";
import { PlanView } from "./PlanView";
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

type TabId = "check" | "templates" | "plan" | "rules";
const TAB_IDS: readonly TabId[] = ["check", "templates", "plan", "rules"];

/** The task pane: 検証 (check, highlight, clear), テンプレート (insert a course template) 計画 (自動作成, 修正案) and 規則 (the rules in force). */
export function App({ port, lang }: { readonly port: WorkbookPort; readonly lang: Lang }) {
  const s = useStyles();
  const strings = STRINGS[lang];
  const { state, actions, kit } = usePane(port, strings);
  const plan = usePlanTask(kit);
  const rules = useRulesTask(kit);
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
          onTabSelect={(_, data) => {
            const next = TAB_IDS.find((id) => id === data.value);
            if (next) setTab(next);
          }}
        >
          <Tab value="check">{strings.tabs.check}</Tab>
          <Tab value="templates">{strings.tabs.templates}</Tab>
          <Tab value="plan">{PLAN_STRINGS[lang].tab}</Tab>
          <Tab value="rules">{RULES_STRINGS[lang].tab}</Tab>
        </TabList>
        <main>
          {tab === "check" ? (
            <CheckView state={state} actions={actions} />
          ) : tab === "plan" ? (
            <PlanView state={state} actions={actions} plan={plan} />
          ) : tab === "rules" ? (
            <RulesView state={state} actions={actions} rules={rules} />
          ) : (
            <TemplateView state={state} actions={actions} />
          )}
        </main>
      </FluentProvider>
    </StringsContext.Provider>
  );
}
