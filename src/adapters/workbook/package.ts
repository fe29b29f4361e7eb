/**
 * Unpacking an .xlsx package with fflate: only the parts the reader asks for are inflated, each
 * within {@link LIMITS}.
 */
import { unzipSync } from "fflate";
import { WorkbookReadError } from "../xlsx/errors";
import { LIMITS } from "./limits";

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
  const sizes = new Map<string, number>();
  try {
    unzipSync(bytes, {
      filter: (file) => {
        sizes.set(file.name, file.originalSize);
        return false;
      },
    });
  } catch (err) {
    throw new WorkbookReadError(label, "corrupt", zipComplaint(err));
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
      let out: Uint8Array | undefined;
      try {
        out = unzipSync(bytes, { filter: (file) => file.name === name })[name];
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
