/**
 * How much a workbook may expand to when unpacked. A package declares each part's size in its zip
 * directory; a part larger than these is refused before it is inflated, and inflating never writes
 * past the declared size (a part that lies about its size comes out cut off, and is then reported
 * as malformed), so memory stays bounded whatever the file claims.
 *
 * The largest real plans are a few MB of sheet XML (10,000 residents ≈ 30 MB); Excel's own sheets
 * top out far below a gigabyte of XML.
 */
export const LIMITS = {
  /** One part (a sheet's XML, the shared strings) unpacked. */
  partBytes: 512 * 1024 * 1024,
  /** Every part read, together. */
  totalBytes: 1024 * 1024 * 1024,
} as const;
