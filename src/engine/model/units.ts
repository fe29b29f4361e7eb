/**
 * The engine's units and tolerances, in one place (DOMAIN §1): the national rules count in weeks,
 * a month is 52/12 weeks, and comparisons of weeks (or years) tolerate float noise.
 */

/** A block of the seed's plans: 4 weeks. */
export const BLOCK_WEEKS = 4;
/** Weeks in a month, as the national rules count them (DOMAIN §1: 52/12). */
export const MONTH_WEEKS = 52 / 12;
/** One year of training. */
export const YEAR_WEEKS = 52;
/** Two years of training. */
export const PLAN_WEEKS = 104;
/** Comparisons of weeks (and of years) tolerate float noise: months are 52/12 weeks. */
export const EPS = 1e-6;
