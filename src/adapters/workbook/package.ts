/**
 * Unpacking an .xlsx package. A plain zip (what Excel, LibreOffice and every library write) is read
 * here: its central directory listed, the parts the reader asks for inflated by node's zlib (native,
 * several times faster than fflate's JavaScript inflate on a sheet of megabytes), each within
 * {@link LIMITS}. Anything else — zip64, a directory that does not read plainly, a non-ASCII part
 * name, an encrypted entry, another method, a part larger than it declares, a damaged stream — goes
 * to fflate as before, which lists, inflates or judges it, so odd packages read exactly as they did
 * (and fflate is loaded only then).
 */
import { inflateRawSync } from "node:zlib";
import type * as FflateModule from "fflate";
import { WorkbookReadError } from "../xlsx/errors";
import { LIMITS } from "./limits";

let fflateLoaded: typeof FflateModule | undefined;

/** fflate, for the zips this module does not read plainly itself. */
function fflate(): typeof FflateModule {
  // eslint-disable-next-line ts/no-require-imports -- a deliberate lazy load (see above)
  return (fflateLoaded ??= require("fflate") as typeof FflateModule);
}

/** The parts of a package, by name, inflated on demand. */
export interface Package {
  /** Every part's name, as the zip lists it. */
  readonly names: ReadonlySet<string>;
  /** A part's bytes, or undefined when the package has no such part. */
  part(name: string): Uint8Array | undefined;
}

/**
 * Opens a package held in memory. Reading the zip's directory costs nothing; a part is inflated
 * when first asked for and kept.
 *
 * @throws {WorkbookReadError} "corrupt" when the zip cannot be unpacked, "oversize" when a part
 *   (or all parts together) would expand beyond {@link LIMITS}.
 */
export function openPackage(bytes: Uint8Array, label: string): Package {
  const entries = zipEntries(bytes);
  const sizes = new Map<string, number>();
  if (entries) for (const [name, entry] of entries) sizes.set(name, entry.size);
  else {
    try {
      fflate().unzipSync(bytes, {
        filter: (file) => {
          sizes.set(file.name, file.originalSize);
          return false;
        },
      });
    } catch (err) {
      throw new WorkbookReadError(label, "corrupt", zipComplaint(err));
    }
  }
  const cache = new Map<string, Uint8Array>();
  let total = 0;
  return {
    names: new Set(sizes.keys()),
    part(name) {
      const known = cache.get(name);
      if (known) return known;
      const size = sizes.get(name);
      if (size === undefined) return undefined;
      if (size > LIMITS.partBytes || total + size > LIMITS.totalBytes) {
        throw new WorkbookReadError(label, "oversize", `${name}: ${size.toLocaleString("en-US")} bytes`);
      }
      let out: Uint8Array | undefined = inflateNative(bytes, entries?.get(name), size);
      try {
        out ??= fflate().unzipSync(bytes, { filter: (file) => file.name === name })[name];
      } catch (err) {
        throw new WorkbookReadError(label, "corrupt", `${name}: ${zipComplaint(err)}`);
      }
      if (!out) return undefined;
      total += out.length;
      cache.set(name, out);
      return out;
    },
  };
}

/** fflate's complaint, shortened (its messages are already short: "invalid zip data"). */
function zipComplaint(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}

/** Where an entry's data is, as the zip's central directory and local header say. */
interface ZipEntry {
  readonly method: number;
  readonly flags: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeader: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_LOCATOR = 0x07064b50;

/**
 * The entries of a plain zip's central directory, by name; undefined when the directory is not
 * plain (zip64, a signature out of place, a name that is not ASCII, anything out of bounds): then
 * fflate lists the package, and judges it, as before.
 */
function zipEntries(bytes: Uint8Array): Map<string, ZipEntry> | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) return undefined;
  const count = view.getUint16(eocd + 8, true);
  let at = view.getUint32(eocd + 16, true);
  if (count === 0xffff || at === 0xffffffff || count !== view.getUint16(eocd + 10, true)) return undefined;
  const out = new Map<string, ZipEntry>();
  for (let e = 0; e < count; e++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL) return undefined;
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > bytes.length) return undefined;
    let name = "";
    for (let k = at + 46; k < at + 46 + nameLength; k++) {
      const c = bytes[k] ?? 0;
      if (c >= 0x80) return undefined; // fflate decodes such names (UTF-8 or CP437)
      name += String.fromCharCode(c);
    }
    const entry: ZipEntry = {
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeader: view.getUint32(at + 42, true),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localHeader === 0xffffffff) return undefined;
    out.set(name, entry);
    at = next;
  }
  return out;
}

/**
 * An entry inflated by node's zlib, never past its declared size; undefined when the entry is not
 * plain (then fflate inflates it, and says what is wrong).
 */
function inflateNative(bytes: Uint8Array, entry: ZipEntry | undefined, declared: number): Uint8Array | undefined {
  if (!entry || entry.size !== declared || entry.size === 0 || (entry.flags & 1) !== 0) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeader;
  if (local + 30 > bytes.length || view.getUint32(local, true) !== LOCAL) return undefined;
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) return undefined;
  const data = bytes.subarray(start, end);
  if (entry.method === 0) return entry.compressedSize === entry.size ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: entry.size });
  } catch {
    return undefined; // larger than declared, or damaged: fflate's reading decides
  }
}
