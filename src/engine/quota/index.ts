/** The clinician-scientist course's quota (seed 001 Ⅱ.2.(2), CONTRACT §3). */
export { allocateQuota, allocateQuotaAt, DEFAULT_QUOTA_TOTAL, DEFAULT_QUOTA_MIN } from "./allocate";
export type { QuotaRow, QuotaAllocation, QuotaOutcome, QuotaProblem } from "./allocate";
export { parseApplicants, allocateQuotaTable } from "./parse-applicants";
export type { ApplicantsTable, ApplicantsParse, QuotaTableOutcome } from "./parse-applicants";
export { BASIC_FIELDS, BASIC_FIELD_ALIASES, BASIC_FIELD_EN, basicField } from "./basic-fields";
export { parseCsv } from "./csv";
