/**
 * The engine's own invariants, checked where the type system cannot see them (an index proven in
 * range by the loop around it, a key a table was built with). A failure is a bug in Rota, never
 * the user's input: it throws an InternalError that names the invariant, where a `!` would have
 * let an undefined travel on and fail somewhere unrelated.
 */

/** A broken invariant of the engine: a bug to report, not a finding. */
export class InternalError extends Error {
  constructor(invariant: string) {
    super(`internal error: ${invariant}`);
    this.name = "InternalError";
  }
}

/** `items[index]`, which the caller has proven exists (`invariant` says why). */
export function at<T>(items: readonly T[], index: number, invariant: string): T {
  const item = items[index];
  if (item === undefined) throw new InternalError(`${invariant} (index ${index} of ${items.length})`);
  return item;
}

/** A value the caller has proven present (`invariant` says why). */
export function must<T>(value: T | undefined, invariant: string): T {
  if (value === undefined) throw new InternalError(invariant);
  return value;
}

/** A list with at least one element. */
export type NonEmpty<T> = readonly [T, ...T[]];

export function isNonEmpty<T>(items: readonly T[]): items is NonEmpty<T> {
  return items.length > 0;
}

/** The last element of a list that has one. */
export function lastOf<T extends NonNullable<unknown>>(items: NonEmpty<T>): T {
  return items.at(-1) ?? items[0];
}

/** `items.map(f)`, which keeps a list non-empty. */
export function mapNonEmpty<T, U>(items: NonEmpty<T>, f: (item: T, index: number) => U): NonEmpty<U> {
  const [first, ...rest] = items;
  return [f(first, 0), ...rest.map((item, i) => f(item, i + 1))];
}
