import { CS_MESSAGES } from "../../messages/cs";
import type { RuleDefinition, RuleHit } from "../../rules/rule";
import type { CsSubject } from "../subject";
import { periodCell } from "../subject";
import { EXTENSION_REASONS } from "../vocabulary";
import { needsReason } from "./length";
import { editionHit } from "./tag";

/** The allowed reasons, for messages: 留学, 妊娠・出産・育児, … */
export const ALLOWED_REASON_LABELS: readonly string[] = EXTENSION_REASONS.map((r) => r.label);

/**
 * `cs-extension-reason`: an extension or a leave (休止) of the course is for one of the seed's
 * reasons only (Ⅲ.1): study or work abroad (留学), pregnancy, childbirth and childcare, illness,
 * caring for family (介護), a managerial post, a disaster. Flags a stated reason that is none of
 * them, and an extension or leave with no reason at all. (Years beyond the maximum with no reason
 * and no extension mark are `cs-length`'s.)
 */
export const csExtensionReason: RuleDefinition<CsSubject> = {
  id: "cs-extension-reason",
  severity: "error",
  group: "clinician-scientist",
  source: "seed 001 Ⅲ.1",
  description: {
    ja: "延長・休止の理由が認められたもの (留学、妊娠・出産・育児、病気療養、介護、管理職、災害被災) であること",
    en: "an extension or leave only for an allowed reason (study abroad, pregnancy/childbirth/childcare, illness, family care, a managerial post, a disaster)",
  },
  params: {},
  paramSpecs: {},
  check({ plan, edition, timeline }) {
    const hits: RuleHit[] = [];
    for (const t of timeline.periods) {
      const p = t.period;
      if (!needsReason(t, edition.yearsMax)) continue;
      if (p.reason && p.reason.allowed === undefined) {
        hits.push(editionHit(edition, [p.reason.cell], CS_MESSAGES.extensionReason(p.label, p.reason.text, ALLOWED_REASON_LABELS)));
      } else if (!p.reason && (t.role === "leave" || p.extension)) {
        const cell = p.cells.reason ?? p.cells.extension ?? p.cells.remarks ?? periodCell(p, plan);
        hits.push(editionHit(edition, [cell], CS_MESSAGES.extensionNoReason(p.label, ALLOWED_REASON_LABELS)));
      }
    }
    return hits;
  },
};
