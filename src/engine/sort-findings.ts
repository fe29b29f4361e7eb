import { SEVERITY_ORDER, type Finding } from "./model/finding";

/**
 * Findings in the report's order: by severity (errors first), then by the order their trainee was
 * first met, then as found. A counting sort on (severity, trainee): linear, stable, and it makes no
 * object per finding (a cohort has tens of thousands).
 */
export function sortFindings(findings: readonly Finding[]): Finding[] {
  // Each finding's bucket: severity × trainees + the order its trainee was first met. A trainee's
  // findings come in runs, so the trainee's key is made only when the trainee changes.
  const firstMet = new Map<string, number>();
  const who = new Int32Array(findings.length);
  let sheet: string | undefined;
  let trainee: string | undefined;
  let current = 0;
  findings.forEach((f, i) => {
    if (f.sheet !== sheet || f.trainee !== trainee) {
      sheet = f.sheet;
      trainee = f.trainee;
      const key = `${f.sheet}\u0000${f.trainee}`;
      const met = firstMet.get(key);
      if (met === undefined) firstMet.set(key, (current = firstMet.size));
      else current = met;
    }
    who[i] = current;
  });
  const trainees = firstMet.size;
  const bucket = (f: Finding, i: number): number => SEVERITY_ORDER[f.severity] * trainees + (who[i] ?? 0);
  // Where each bucket starts, then every finding in its place, in the order found.
  const next = new Int32Array(3 * trainees + 1);
  findings.forEach((f, i) => {
    const k = bucket(f, i) + 1;
    next[k] = (next[k] ?? 0) + 1;
  });
  for (let k = 1; k < next.length; k++) next[k] = (next[k] ?? 0) + (next[k - 1] ?? 0);
  const sorted = new Array<Finding>(findings.length);
  findings.forEach((f, i) => {
    const k = bucket(f, i);
    const at = next[k] ?? 0;
    sorted[at] = f;
    next[k] = at + 1;
  });
  return sorted;
}
