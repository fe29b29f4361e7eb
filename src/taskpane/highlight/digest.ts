/**
 * A short fingerprint of a text (FNV-1a, 32 bits, as 8 hex digits): the record keeps this of each
 * note Rota wrote instead of the note itself, to tell later whether the note is still as Rota left
 * it, in a record a tenth of the size.
 *
 * @example noteDigest("【Rota】エラー em-12w: 救急 8週") // → "…" (8 hex digits)
 */
export function noteDigest(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}
