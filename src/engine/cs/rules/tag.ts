import { editionTag } from "../../messages/cs";
import type { Message } from "../../messages/message";
import type { RuleHit } from "../../rules/rule";
import type { CsEdition } from "../editions";

/** A hit whose message starts with the edition it was checked against: 【2021年度版】… */
export function editionHit(edition: CsEdition, cells: readonly string[], message: Message): RuleHit {
  const tag = editionTag(edition.label);
  return { cells: unique(cells), message: { ja: tag.ja + message.ja, en: tag.en + message.en } };
}

/** A hit as it is. */
export function hit(cells: readonly string[], message: Message): RuleHit {
  return { cells: unique(cells), message };
}

function unique(cells: readonly string[]): string[] {
  return [...new Set(cells)];
}
