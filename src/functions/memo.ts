import type { CellValue } from "../engine";

/**
 * A fingerprint of a grid's content: two independent 32-bit hashes over every value with its type
 * and position, plus the shape. Excel hands a function fresh arrays on every recalculation, so
 * identity cannot tell that a grid is unchanged; this can, in one pass over the values, without
 * building a copy of them.
 */
export function fingerprint(rows: ReadonlyArray<ReadonlyArray<CellValue>>, salt: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  const feed = (text: string): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
  };
  feed(salt);
  let width = 0;
  for (const row of rows) {
    feed("\u001e");
    if (row.length > width) width = row.length;
    for (const value of row) {
      if (value === null) feed("\u001f");
      else if (typeof value === "string") feed(`\u001fs${value}`);
      else if (typeof value === "number") feed(`\u001fn${value}`);
      else if (typeof value === "boolean") feed(value ? "\u001fT" : "\u001fF");
      else if (value instanceof Date) feed(`\u001fd${value.getTime()}`);
      else feed(`\u001fe${value.error}`);
    }
  }
  return `${(h1 >>> 0).toString(36)}.${(h2 >>> 0).toString(36)}.${rows.length}x${width}`;
}

/** A small least-recently-used cache: what a recalculation with an unchanged grid reuses. */
export class Lru<V> {
  private readonly entries = new Map<string, V>();

  constructor(private readonly capacity: number) {}

  get(key: string): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: string, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    while (this.entries.size > this.capacity) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
