/**
 * Text files as Japanese offices save them: UTF-8 (with or without a BOM), UTF-16 with a BOM
 * (Excel's "Unicode text"), or Shift_JIS / EUC-JP (Excel's "CSV" on Japanese Windows), told apart
 * by encoding-japanese's detection.
 */
import type * as EncodingModule from "encoding-japanese";

let encoding: typeof EncodingModule | undefined;

/** encoding-japanese, loaded only for a text file that is not UTF-8 (no .xlsx needs it). */
function encodingJapanese(): typeof EncodingModule {
  // eslint-disable-next-line ts/no-require-imports -- a deliberate lazy load (see above)
  return (encoding ??= require("encoding-japanese") as typeof EncodingModule);
}

/**
 * The text of a file's bytes, whatever its Japanese encoding.
 *
 * @example decodeText(Buffer.from([0x93, 0xe0, 0x89, 0xc8])) // → "内科" (Shift_JIS)
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  const utf8 = new TextDecoder("utf-8").decode(bytes);
  if (!utf8.includes("\ufffd")) return utf8;
  const Encoding = encodingJapanese();
  const detected = Encoding.detect(bytes);
  if (detected === "SJIS" || detected === "EUCJP") return Encoding.convert(bytes, { to: "UNICODE", from: detected, type: "string" });
  return utf8;
}
