/**
 * The deliberately vulnerable code of the score calibration, each laid out
 * as one project in a temporary directory: the labelled corpus's `*.vuln.*`
 * files, and the `vuln/` folders of each writer of the blind batch.
 */
import { cpSync, existsSync, mkdirSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { glob } from "tinyglobby";

const BENCH = join(import.meta.dirname, "..");

export interface VulnerableSet {
  readonly project: string;
  /** Copies the set's files under `dir`, which the caller made and removes. */
  readonly layOut: (dir: string) => Promise<void>;
}

async function copyMatches(from: string, patterns: string[], to: string, rename?: (p: string) => string) {
  for (const path of await glob(patterns, { cwd: from })) {
    const target = join(to, rename ? rename(path) : path);
    mkdirSync(dirname(target), { recursive: true });
    cpSync(join(from, path), target);
  }
}

export function vulnerableSets(): VulnerableSet[] {
  const corpus = join(BENCH, "corpus");
  const sets: VulnerableSet[] = [
    {
      project: "corpus (vuln files)",
      layOut: (dir) => copyMatches(corpus, ["**/*.vuln.*"], dir),
    },
  ];
  const blind = join(BENCH, "blind", "batch1");
  if (!existsSync(blind)) return sets;
  for (const writer of readdirSync(blind, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const root = join(blind, writer.name);
    sets.push({
      project: `blind ${writer.name} (vuln)`,
      // <language>/<cwe>/<case>/vuln/<files> → <language>/<cwe>/<case>/<files>
      layOut: (dir) => copyMatches(root, ["*/*/*/vuln/**"], dir, (p) => p.replace("/vuln/", "/")),
    });
  }
  return sets;
}
