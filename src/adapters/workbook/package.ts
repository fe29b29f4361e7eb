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
import { centralDirectory, dataOf, type CentralEntry } from "../xlsx/zip";
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

/** A zip64 end-of-directory locator, just before the end record: such a zip goes to fflate. */
const ZIP64_LOCATOR = 0x07064b50;

/**
 * The entries of a plain zip's central directory (adapters/xlsx/zip.ts reads it), by name; undefined
 * when the directory is not plain — zip64, a signature out of place, a name that is not ASCII (fflate
 * decodes such names as UTF-8 or CP437), anything out of bounds: then fflate lists the package, and
 * judges it, as before.
 */
function zipEntries(bytes: Uint8Array): Map<string, CentralEntry> | undefined {
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let dir: ReturnType<typeof centralDirectory>;
  try {
    dir = centralDirectory(zip);
  } catch {
    return undefined; // a directory out of bounds: fflate judges it
  }
  if (!dir) return undefined;
  if (dir.eocd >= 20 && zip.readUInt32LE(dir.eocd - 20) === ZIP64_LOCATOR) return undefined;
  if (zip.readUInt16LE(dir.eocd + 8) !== dir.entries.length) return undefined; // entries on this disk, as fflate counts them
  const out = new Map<string, CentralEntry>();
  for (const entry of dir.entries) {
    if (/[\u0080-\uffff]/.test(entry.name) || entry.size === 0xffffffff) return undefined;
    out.set(entry.name, entry);
  }
  return out;
}

/**
 * An entry inflated by node's zlib, never past its declared size; undefined when the entry is not
 * plain (then fflate inflates it, and says what is wrong).
 */
function inflateNative(bytes: Uint8Array, entry: CentralEntry | undefined, declared: number): Uint8Array | undefined {
  if (!entry || entry.size !== declared || entry.size === 0 || (entry.flags & 1) !== 0) return undefined;
  const data = dataOf(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), entry);
  if (!data) return undefined;
  if (entry.method === 0) return entry.compressedSize === entry.size ? data : undefined;
  if (entry.method !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: entry.size });
  } catch {
    return undefined; // larger than declared, or damaged: fflate's reading decides
  }
}
