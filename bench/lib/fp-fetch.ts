/**
 * Fetches the pinned projects of the false-positive set into a cache outside
 * the repository and reuses them: `apt-get download` + `dpkg-deb -x` for the
 * Debian packages (nothing is installed, no root needed) and `npm pack` for
 * npm's. Every archive's sha256 is checked against sources.json, fresh or
 * reused. The Python sources are copied to `<cache>/src/<project>/`, a path
 * without `dist-packages`, which discovery would skip as vendored.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
import { archiveName, type PinnedSource } from "./fp-sources.js";

/** `$XDG_CACHE_HOME/codeguardian-bench/fp-set`, or under `~/.cache` when it is unset. */
export function defaultCacheDir(env: NodeJS.ProcessEnv): string {
  const base =
    env.XDG_CACHE_HOME && env.XDG_CACHE_HOME !== "" ? env.XDG_CACHE_HOME : join(homedir(), ".cache");
  return join(base, "codeguardian-bench", "fp-set");
}

export function sha256Of(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

function run(command: string, args: readonly string[], cwd: string): string {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", maxBuffer: 1 << 26 });
  if (r.error) throw new Error(`${command} could not run: ${r.error.message}`);
  if (r.status !== 0) {
    const said = (r.stderr || r.stdout).trim().split("\n").slice(-3).join(" | ");
    throw new Error(`${command} ${args.join(" ")} failed (exit ${r.status}): ${said}`);
  }
  return r.stdout;
}

/** Downloads one archive into `dir` and returns its path. */
function download(s: PinnedSource, dir: string): string {
  if (s.kind === "debian") {
    try {
      run("apt-get", ["download", `${s.package}=${s.version}`], dir);
    } catch (error) {
      throw new Error(
        `the pinned Debian package ${s.package}=${s.version} is not downloadable here (${(error as Error).message}); ` +
          `the false-positive set needs exactly that version, so the benchmark stops`,
        { cause: error },
      );
    }
  } else {
    run("npm", ["pack", `${s.package}@${s.version}`, "--pack-destination", dir, "--silent"], dir);
  }
  const files = readdirSync(dir).filter((f) => f.endsWith(s.kind === "debian" ? ".deb" : ".tgz"));
  if (files.length !== 1)
    throw new Error(`expected one archive for ${s.package} in ${dir}, found ${files.length}`);
  return join(dir, files[0]!);
}

/** The archive in the cache, downloaded when absent; its sha256 always checked. */
function archive(s: PinnedSource, cache: string): { path: string; fetched: boolean } {
  const archives = join(cache, "archives");
  mkdirSync(archives, { recursive: true });
  const path = join(archives, archiveName(s));
  let fetched = false;
  if (!existsSync(path)) {
    const tmp = mkdtempSync(join(cache, "download-"));
    try {
      renameSync(download(s, tmp), path);
      fetched = true;
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }
  const actual = sha256Of(path);
  if (actual !== s.sha256)
    throw new Error(
      `${path}: sha256 ${actual} differs from ${s.sha256} pinned in bench/fp-set/sources.json ` +
        `(delete the file to download it again; if the registry changed the archive, the set is no longer the same)`,
    );
  return { path, fetched };
}

function extract(s: PinnedSource, archivePath: string, into: string, cache: string): void {
  const tmp = mkdtempSync(join(cache, "extract-"));
  try {
    if (s.kind === "debian") {
      run("dpkg-deb", ["-x", archivePath, tmp], tmp);
      const from = join(tmp, "usr", "lib", "python3", "dist-packages", s.module);
      if (!existsSync(from))
        throw new Error(`${archivePath} holds no usr/lib/python3/dist-packages/${s.module}/`);
      cpSync(from, into, { recursive: true });
    } else {
      // npm archives hold one top-level `package/` directory.
      run("tar", ["-xzf", archivePath, "-C", tmp], tmp);
      cpSync(join(tmp, "package"), into, { recursive: true });
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

export interface FetchedSource {
  readonly source: PinnedSource;
  /** The neutral directory that is reviewed. */
  readonly dir: string;
  readonly fetched: boolean;
}

/** Marker beside each extracted tree: the sha256 of the archive it came from, so a changed pin re-extracts. */
const MARKER = ".fp-set-archive-sha256";

export function fetchSource(s: PinnedSource, cache: string): FetchedSource {
  const { path, fetched } = archive(s, cache);
  const src = join(cache, "src");
  const dir = join(src, s.project);
  const marker = join(src, `${s.project}${MARKER}`);
  const current = existsSync(marker) ? readFileSync(marker, "utf8").trim() : "";
  if (current !== s.sha256 || !existsSync(dir)) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(src, { recursive: true });
    extract(s, path, dir, cache);
    writeFileSync(marker, `${s.sha256}\n`);
  }
  return { source: s, dir, fetched };
}
