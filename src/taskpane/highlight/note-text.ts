import { withoutRotaLines } from "../../engine";
import { noteDigest } from "./digest";

/**
 * How Rota's lines come off a cell's note in the pane. The lines themselves, and how they sit
 * below a user's own note, are the engine's presentation module's (engine/present/note.ts), the
 * very format of `rota validate --annotate`, so that either recognises the other's lines.
 */

/**
 * What a cell's note should be once Rota's lines are off it.
 *
 * @param original the note before Rota wrote (null: there was none)
 * @param digest   the {@link noteDigest} of what Rota wrote
 * @param current  the note now (null: someone deleted it)
 * @returns the note to leave, or null to leave none
 *
 * When the note is as Rota left it, the original comes back exactly. When someone edited it since,
 * their edit stays and only Rota's lines go. When someone deleted it, it stays deleted.
 */
export function restoreNote(
  original: string | null,
  digest: string,
  current: string | null
): string | null {
  if (current === null) return null;
  if (noteDigest(current) === digest) return original;
  const rest = withoutRotaLines(current);
  return rest.trim() === "" ? null : rest;
}
