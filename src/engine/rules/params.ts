import type { Message } from "../messages/message";

/**
 * A rule's parameter, declared once beside the rule (as HyperFormula declares a function's
 * arguments): its unit, the bounds any value must keep, and which way makes the rule stricter.
 * One checker ({@link checkParamValue}) applies the declarations; the rule's own code reads its
 * numbers and never checks them.
 */
export interface ParamSpec {
  /** What the number counts. Weeks are the plan's weeks (a month is 52/12). */
  readonly unit: "weeks" | "days" | "years" | "percent" | "count";
  /** The least value allowed, inclusive. */
  readonly lo: number;
  /** The greatest value allowed, inclusive. */
  readonly hi: number;
  /** Whole numbers only. */
  readonly integer?: boolean;
  /**
   * Which way makes the rule ask more: "higher" for a minimum, "lower" for a maximum or a cap on
   * what may count. A national rule's parameter may move only this way (a profile may raise a
   * national minimum, never lower it).
   */
  readonly stricter: "higher" | "lower";
  readonly description: Message;
}

/** The numbers of a rule that asks for a least number of weeks (a type, not an interface: it is a record of numbers). */
export type Minimum = { readonly min: number };

/** The parameter specs of a rule, one per key of its parameters. */
export type ParamSpecs<P> = { readonly [K in keyof P]: ParamSpec };

/** A minimum in weeks (0–104 unless said). */
export const minWeeks = (ja: string, en: string, hi = 104): ParamSpec => ({ unit: "weeks", lo: 0, hi, stricter: "higher", description: { ja, en } });

/** A maximum in weeks, or a cap on weeks that may count (0–104 unless said). */
export const maxWeeks = (ja: string, en: string, hi = 104): ParamSpec => ({ unit: "weeks", lo: 0, hi, stricter: "lower", description: { ja, en } });

/** Why a value is refused, as data (the caller words it). */
export type ParamProblem =
  | { readonly kind: "not-a-number" }
  | { readonly kind: "out-of-bounds"; readonly lo: number; readonly hi: number }
  | { readonly kind: "not-integer" }
  | { readonly kind: "weaker-than-national"; readonly national: number; readonly stricter: "higher" | "lower" };

/**
 * Checks one value against its spec; `national` is the national value when the rule is national
 * (a floor a profile may not go under, or a ceiling it may not go over).
 *
 * @example checkParamValue(minWeeks("", ""), 2, 4) // → { kind: "weaker-than-national", national: 4, stricter: "higher" }
 * @example checkParamValue(minWeeks("", ""), 8, 4) // → undefined
 */
export function checkParamValue(spec: ParamSpec, value: unknown, national?: number): ParamProblem | undefined {
  if (typeof value !== "number" || !Number.isFinite(value)) return { kind: "not-a-number" };
  if (value < spec.lo || value > spec.hi) return { kind: "out-of-bounds", lo: spec.lo, hi: spec.hi };
  if ((spec.integer ?? false) && !Number.isInteger(value)) return { kind: "not-integer" };
  if (national !== undefined && (spec.stricter === "higher" ? value < national : value > national)) {
    return { kind: "weaker-than-national", national, stricter: spec.stricter };
  }
  return undefined;
}
