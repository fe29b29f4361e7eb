/**
 * The key a field's weeks are kept under: the field id (`内科`), or a subspecialty of it as
 * `field/sub` (`内科/血液`). Rules, findings' facts and the planner all use it.
 */
export const subKey = (field: string, sub: string): string => `${field}/${sub}`;

/** A field key as its field and subspecialty (undefined for a field's own key). */
export function splitKey(key: string): { readonly field: string; readonly sub: string | undefined } {
  const [field = key, sub] = key.split("/");
  return { field, sub };
}
