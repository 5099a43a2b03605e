import type { SkippedFile } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import type { HeldGenerated } from "./read-source.js";

/**
 * The import graph as discovery needs it: imported path → importing paths.
 * Built from the rule engine's import graph (src/rules/imports/), in the
 * rules pool's workers when there is one (src/app/review-scope.ts), which the
 * composition root passes in, since platform code may not import rules.
 */
export type ImportersOf = (
  files: readonly SourceFile[],
  opaqueDirs: ReadonlySet<string>,
) => ReadonlyMap<string, ReadonlySet<string>> | Promise<ReadonlyMap<string, ReadonlySet<string>>>;

export interface HeldInput {
  /** Files read and reviewable, each with the held directories it lies in. */
  readonly files: readonly { readonly file: SourceFile; readonly heldIn: readonly string[] }[];
  readonly generated: readonly { readonly held: HeldGenerated; readonly heldIn: readonly string[] }[];
  /** Held directory → the file showing it is third-party, or undefined. */
  readonly heldDirs: ReadonlyMap<string, string | undefined>;
  readonly importersOf: ImportersOf | undefined;
  /** In a --diff review each skipped changed file is named, so it can make the review incomplete. */
  readonly nameEachFile: boolean;
}

export interface Settled {
  readonly files: SourceFile[];
  readonly skipped: SkippedFile[];
  /** Directories skipped as vendored: everything recorded under them is dropped. */
  readonly skippedDirs: ReadonlySet<string>;
}

const inside = (dir: string) => (path: string) => path.startsWith(`${dir}/`);

/**
 * Decides the held files and directories. A directory named like vendored
 * code is skipped only when something in it looks third-party AND no code of
 * the repository outside it imports from it; a file whose header and shape
 * say generated is skipped only when no reviewed code imports it. Without an
 * import graph nothing counts as imported.
 */
export async function settleHeld(input: HeldInput): Promise<Settled> {
  const all = [...input.files.map((f) => f.file), ...input.generated.map((g) => g.held.file)];
  const importers =
    (await input.importersOf?.(all, new Set(input.heldDirs.keys()))) ??
    new Map<string, ReadonlySet<string>>();
  const generatedPaths = new Set(input.generated.map((g) => g.held.file.path));

  // Start from every third-party-looking directory, then release any that
  // code staying in the review imports from, until nothing changes.
  const skippedDirs = new Set(
    [...input.heldDirs].filter(([, evidence]) => evidence !== undefined).map(([d]) => d),
  );
  const inSkippedDir = (path: string): boolean => [...skippedDirs].some((d) => inside(d)(path));
  const reviewedImporter = (importer: string): boolean =>
    !inSkippedDir(importer) && !generatedPaths.has(importer);
  for (let changed = true; changed;) {
    changed = false;
    for (const dir of skippedDirs) {
      const isInside = inside(dir);
      const imported = [...importers].some(
        ([target, from]) => isInside(target) && [...from].some((i) => !isInside(i) && reviewedImporter(i)),
      );
      if (imported) {
        skippedDirs.delete(dir);
        changed = true;
      }
    }
  }

  const files: SourceFile[] = [];
  const skipped: SkippedFile[] = [];
  for (const { file, heldIn } of input.files) {
    const dir = heldIn.find((d) => skippedDirs.has(d));
    if (dir === undefined) files.push(file);
    else if (input.nameEachFile) skipped.push(vendoredSkip(file.path, dir, input.heldDirs, file.language));
  }
  for (const { held, heldIn } of input.generated) {
    const dir = heldIn.find((d) => skippedDirs.has(d));
    if (dir !== undefined) {
      if (input.nameEachFile)
        skipped.push(vendoredSkip(held.file.path, dir, input.heldDirs, held.file.language));
      continue;
    }
    const importedBy = [...(importers.get(held.file.path) ?? [])].filter(reviewedImporter);
    if (importedBy.length > 0) files.push(held.file);
    else
      skipped.push({
        path: held.file.path,
        reason: "generated",
        detail: `${held.detail}; imported by no reviewed file`,
        language: held.file.language,
      });
  }
  for (const dir of skippedDirs) {
    skipped.push({ path: `${dir}/`, reason: "vendored", detail: dirDetail(dir, input.heldDirs) });
  }
  return { files, skipped, skippedDirs };
}

function dirDetail(dir: string, heldDirs: ReadonlyMap<string, string | undefined>): string {
  const name = dir.slice(dir.lastIndexOf("/") + 1);
  return `vendored directory (${name}): holds ${heldDirs.get(dir) ?? "?"}, imported by no reviewed file`;
}

function vendoredSkip(
  path: string,
  dir: string,
  heldDirs: ReadonlyMap<string, string | undefined>,
  language: SourceFile["language"],
): SkippedFile {
  return { path, reason: "vendored", detail: dirDetail(dir, heldDirs), language };
}
