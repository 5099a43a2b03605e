/**
 * The pinned projects of the false-positive set (bench/fp-set/sources.json):
 * Debian packages of Python libraries and npm packages, each with the exact
 * version and the sha256 of its archive, so every run reviews the same bytes.
 */
import { z } from "zod";

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, "a sha256 in lower-case hex");

const debianSource = z.strictObject({
  kind: z.literal("debian"),
  /** The neutral directory name under `<cache>/src/`. */
  project: z.string().regex(/^[a-z0-9-]+$/),
  package: z.string().min(1),
  version: z.string().min(1),
  /** The package directory under usr/lib/python3/dist-packages/ that is copied out. */
  module: z.string().regex(/^[A-Za-z0-9_]+$/),
  sha256,
});

const npmSource = z.strictObject({
  kind: z.literal("npm"),
  project: z.string().regex(/^[a-z0-9-]+$/),
  package: z.string().min(1),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, "an exact version"),
  sha256,
});

const sourcesFile = z.strictObject({
  note: z.string().optional(),
  debianRelease: z.string().min(1),
  sources: z.array(z.discriminatedUnion("kind", [debianSource, npmSource])).min(1),
});

export type DebianSource = z.infer<typeof debianSource>;
export type NpmSource = z.infer<typeof npmSource>;
export type PinnedSource = DebianSource | NpmSource;
export type SourcesFile = z.infer<typeof sourcesFile>;

export interface SourcesParse {
  readonly sources?: SourcesFile;
  readonly problems: readonly string[];
}

/** Parses sources.json; every problem names the field, and duplicate projects are refused. */
export function parseSources(text: string): SourcesParse {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { problems: [`not JSON: ${(error as Error).message}`] };
  }
  const result = sourcesFile.safeParse(json);
  if (!result.success)
    return { problems: result.error.issues.map((i) => `${i.path.join(".") || "(root)"}: ${i.message}`) };
  const seen = new Set<string>();
  const problems: string[] = [];
  for (const s of result.data.sources) {
    if (seen.has(s.project)) problems.push(`sources: project "${s.project}" is listed twice`);
    seen.add(s.project);
  }
  return problems.length > 0 ? { problems } : { sources: result.data, problems };
}

/** The archive's file name in the cache, the same on every machine. */
export function archiveName(s: PinnedSource): string {
  const version = s.version.replace(/[^A-Za-z0-9.+~-]/g, "_");
  return s.kind === "debian" ? `${s.package}_${version}_all.deb` : `${s.package}-${version}.tgz`;
}
