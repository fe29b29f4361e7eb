import { promises as fs } from "node:fs";

/** Whether something (a file, a folder, a dangling link) is at the path. */
export async function exists(file: string): Promise<boolean> {
  try {
    await fs.lstat(file);
    return true;
  } catch {
    return false;
  }
}
