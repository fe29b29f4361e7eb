/**
 * Just enough of the zip format to read one part of an .xlsx package and to replace one part of a
 * package exceljs wrote, with node's zlib and nothing else. Zip64 archives are left alone
 * (`undefined`): an .xlsx that large is not what this is for.
 */
import * as zlib from "node:zlib";
import { deflateRawSync, inflateRawSync } from "node:zlib";

/** One entry of a zip's central directory. */
export interface CentralEntry {
  readonly name: string;
  /** The central directory header as it is, name, extra and comment included. */
  readonly header: Buffer;
  /** General purpose flags (bit 0: encrypted). */
  readonly flags: number;
  readonly method: number;
  readonly compressedSize: number;
  /** The uncompressed size the directory declares. */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_MARK = 0xffffffff;

/** The central directory's entries, in order, and where its end record is; undefined for zip64 or damage. */
export function centralDirectory(zip: Buffer): { entries: CentralEntry[]; eocd: number } | undefined {
  const floor = Math.max(0, zip.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = zip.length - 22; i >= floor; i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return undefined;
  const count = zip.readUInt16LE(eocd + 10);
  const offset = zip.readUInt32LE(eocd + 16);
  if (offset === ZIP64_MARK || count === 0xffff) return undefined;
  const entries: CentralEntry[] = [];
  let at = offset;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL) return undefined;
    const nameLength = zip.readUInt16LE(at + 28);
    const size = 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const compressedSize = zip.readUInt32LE(at + 20);
    const localOffset = zip.readUInt32LE(at + 42);
    if (compressedSize === ZIP64_MARK || localOffset === ZIP64_MARK) return undefined;
    entries.push({
      name: zip.toString("utf8", at + 46, at + 46 + nameLength),
      header: zip.subarray(at, at + size),
      flags: zip.readUInt16LE(at + 8),
      method: zip.readUInt16LE(at + 10),
      compressedSize,
      size: zip.readUInt32LE(at + 24),
      localOffset,
    });
    at += size;
  }
  return { entries, eocd };
}

/** Where an entry's compressed bytes are (after its local header); undefined when out of place. */
export function dataOf(zip: Buffer, entry: CentralEntry): Buffer | undefined {
  const at = entry.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== LOCAL) return undefined;
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  if (start + entry.compressedSize > zip.length) return undefined;
  return zip.subarray(start, start + entry.compressedSize);
}

/** The uncompressed content of one entry, or undefined (no such entry, zip64, damage, unknown method). */
export function readZipEntry(zip: Buffer, name: string): Buffer | undefined {
  try {
    const entry = centralDirectory(zip)?.entries.find((e) => e.name === name);
    if (!entry) return undefined;
    const data = dataOf(zip, entry);
    if (!data) return undefined;
    if (entry.method === 0) return Buffer.from(data);
    if (entry.method === 8) return inflateRawSync(data);
    return undefined;
  } catch {
    return undefined;
  }
}

/**
 * The archive with one entry's content replaced (deflated), every other entry's bytes copied as
 * they are. Undefined when the archive cannot be rewritten safely or has no such entry.
 */
export function replaceZipEntry(zip: Buffer, name: string, content: Buffer): Buffer | undefined {
  const dir = centralDirectory(zip);
  if (!dir || !dir.entries.some((e) => e.name === name)) return undefined;
  return rewriteZip(zip, new Map([[name, content]]));
}

/**
 * The archive with some entries replaced, added (at the end, in the map's order) or removed
 * (`null`); every other entry's compressed bytes copied as they are, so an untouched part stays
 * the same byte for byte. Undefined when the archive cannot be rewritten safely (zip64, damage).
 */
export function rewriteZip(zip: Buffer, changes: ReadonlyMap<string, Buffer | null>): Buffer | undefined {
  const dir = centralDirectory(zip);
  if (!dir) return undefined;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  const push = (central: Buffer, data: Buffer): void => {
    central.writeUInt32LE(offset, 42);
    const nameBytes = central.subarray(46, 46 + central.readUInt16LE(28));
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL, 0);
    central.copy(local, 4, 6, 16); // version needed, flags, method, time, date
    central.copy(local, 14, 16, 28); // crc, compressed size, size
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    locals.push(local, nameBytes, data);
    offset += local.length + nameBytes.length + data.length;
    centrals.push(central);
  };
  const seen = new Set<string>();
  for (const entry of dir.entries) {
    seen.add(entry.name);
    const content = changes.get(entry.name);
    if (content === null) continue;
    const data = content !== undefined ? deflateRawSync(content) : dataOf(zip, entry);
    if (!data) return undefined;
    const central = Buffer.from(entry.header);
    // No data descriptor: sizes and CRC go in the headers.
    central.writeUInt16LE(central.readUInt16LE(8) & ~0x0008, 8);
    if (content !== undefined) {
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc32(content), 16);
      central.writeUInt32LE(data.length, 20);
      central.writeUInt32LE(content.length, 24);
    }
    push(central, data);
  }
  for (const [name, content] of changes) {
    if (seen.has(name) || content === null) continue;
    const nameBytes = Buffer.from(name, "utf8");
    const central = Buffer.alloc(46 + nameBytes.length);
    central.writeUInt32LE(CENTRAL, 0);
    central.writeUInt16LE(20, 4); // made by
    central.writeUInt16LE(20, 6); // needed
    central.writeUInt16LE(0x0800, 8); // UTF-8 names
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(0, 12); // time
    central.writeUInt16LE(0x21, 14); // date 1980-01-01
    const data = deflateRawSync(content);
    central.writeUInt32LE(crc32(content), 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(content.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    nameBytes.copy(central, 46);
    push(central, data);
  }
  const centralSize = centrals.reduce((n, b) => n + b.length, 0);
  const eocd = Buffer.from(zip.subarray(dir.eocd, dir.eocd + 22 + zip.readUInt16LE(dir.eocd + 20)));
  eocd.writeUInt16LE(centrals.length, 8);
  eocd.writeUInt16LE(centrals.length, 10);
  eocd.writeUInt32LE(centralSize, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, ...centrals, eocd]);
}

let table: Uint32Array | undefined;

/** CRC-32 as zip uses it. */
export function crc32(bytes: Uint8Array): number {
  // node 20.15 and later compute it natively.
  const native = (zlib as { crc32?: (data: Uint8Array) => number }).crc32;
  if (native) return native(bytes) >>> 0;
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
