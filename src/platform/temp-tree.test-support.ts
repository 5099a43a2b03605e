import { mkdir, mkdtemp, realpath, rm, symlink, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

/** What to put at a path in a test tree. */
export type TreeEntry =
  | string
  | Uint8Array
  | { readonly symlink: string }
  /** A sparse file of this many bytes: large without using the disk. */
  | { readonly sparse: number }
  | { readonly dir: true };

/**
 * Builds a directory tree in a fresh temporary directory and returns its real
 * path (macOS and some CI runners put tmpdir behind a symlink).
 */
export async function makeTree(entries: Readonly<Record<string, TreeEntry>>): Promise<string> {
  const root = await realpath(await mkdtemp(join(tmpdir(), "cg-scope-")));
  await addToTree(root, entries);
  return root;
}

export async function addToTree(root: string, entries: Readonly<Record<string, TreeEntry>>): Promise<void> {
  for (const [path, entry] of Object.entries(entries)) {
    const full = join(root, path);
    await mkdir(dirname(full), { recursive: true });
    if (typeof entry === "string" || entry instanceof Uint8Array) await writeFile(full, entry);
    else if ("symlink" in entry) await symlink(entry.symlink, full);
    else if ("sparse" in entry) {
      await writeFile(full, "");
      await truncate(full, entry.sparse);
    } else await mkdir(full, { recursive: true });
  }
}

export async function removeTree(root: string): Promise<void> {
  await rm(root, { recursive: true, force: true });
}
