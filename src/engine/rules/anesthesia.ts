/**
 * 麻酔科 weeks that count toward 救急: at most the rule's limit, read as months on a month grid
 * (`scale` 13/12, see Plan.upperLimitScale). The one place em-12w's counting lives.
 */
export function countedAnesthesia(anesthesia: number, anesthesiaMax: number, scale = 1): number {
  return Math.min(anesthesia, anesthesiaMax * scale);
}
