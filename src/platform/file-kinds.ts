import type { SkipReason } from "../core/review.js";
import { detectLanguage } from "./detect-language.js";

/**
 * Pure classifiers discovery uses to decide what not to review. They look at
 * names and text only; reading the file system is discover.ts's job.
 */

/** Directories of third-party or build output, skipped (and counted once) wherever they appear. */
const VENDORED_DIRS = new Set([
  "node_modules",
  "bower_components",
  "jspm_packages",
  "vendor",
  "third_party",
  "third-party",
  ".venv",
  "site-packages",
  "dist-packages",
  "__pycache__",
  ".tox",
  ".nox",
  ".mypy_cache",
  ".pytest_cache",
  ".ruff_cache",
  ".eggs",
  "dist",
  "build",
  "out",
  "coverage",
  "htmlcov",
  ".nyc_output",
  ".next",
  ".nuxt",
  ".svelte-kit",
  ".turbo",
  ".parcel-cache",
  ".gradle",
  ".terraform",
]);

/** Version-control metadata: never entered and not worth reporting. */
export const VCS_DIRS: ReadonlySet<string> = new Set([".git", ".hg", ".svn", ".bzr", "_darcs"]);

/**
 * Why a directory is vendored, or undefined. A directory holding `pyvenv.cfg`
 * is a Python virtual environment whatever its name; `venv` and `env` are
 * only treated as such when they hold one, because the standard library and
 * many projects have real source packages with those names.
 */
export function vendoredDirReason(name: string, entryNames: ReadonlySet<string>): string | undefined {
  if (VENDORED_DIRS.has(name)) return `vendored directory (${name})`;
  if (name.endsWith(".egg-info")) return "Python packaging metadata";
  if (entryNames.has("pyvenv.cfg")) return "Python virtual environment (pyvenv.cfg)";
  return undefined;
}

const BINARY_EXTENSIONS = new Set(
  (
    "png jpg jpeg gif bmp ico icns webp tif tiff psd ai heic avif " +
    "pdf doc docx xls xlsx ppt pptx odt ods odp " +
    "zip gz tgz bz2 xz zst 7z rar tar jar war ear whl egg apk dmg iso " +
    "exe dll so dylib a o obj lib bin class pyc pyo pyd wasm node " +
    "woff woff2 ttf otf eot " +
    "mp3 mp4 m4a avi mov mkv wav flac ogg webm " +
    "sqlite sqlite3 db parquet npy npz pkl pickle h5 onnx pt"
  ).split(" "),
);

/** True for file names whose extension is a known binary format. */
export function hasBinaryExtension(name: string): boolean {
  const dot = name.lastIndexOf(".");
  return dot > 0 && BINARY_EXTENSIONS.has(name.slice(dot + 1).toLowerCase());
}

/** Lock files and other tool output recognised by name alone. */
const GENERATED_NAMES = new Set([
  "package-lock.json",
  "npm-shrinkwrap.json",
  "yarn.lock",
  "pnpm-lock.yaml",
  "bun.lockb",
  "poetry.lock",
  "Pipfile.lock",
  "pdm.lock",
  "uv.lock",
  "composer.lock",
  "Gemfile.lock",
  "Cargo.lock",
  "go.sum",
]);

/** Why a file is generated judging by its name, or undefined. */
export function generatedByName(name: string): string | undefined {
  if (GENERATED_NAMES.has(name)) return "lock file";
  if (/_pb2(_grpc)?\.pyi?$/.test(name)) return "protobuf generated code";
  if (/\.pb\.(go|cc|h)$|_pb\.(js|d\.ts)$|\.generated\.[a-z]+$/.test(name))
    return "generated code (file name)";
  return undefined;
}

/**
 * The skip a file's name alone decides, checked before the file is opened.
 * Extensionless names are left to their shebang, read later.
 */
export function skipByName(
  name: string,
): { readonly reason: SkipReason; readonly detail: string } | undefined {
  const generated = generatedByName(name);
  if (generated !== undefined) return { reason: "generated", detail: generated };
  if (minifiedByName(name)) return { reason: "minified", detail: "minified file name" };
  if (hasBinaryExtension(name)) return { reason: "binary", detail: "binary file type" };
  if (name.includes(".") && detectLanguage(name, "") === undefined) {
    return { reason: "unsupported", detail: "no analyser for this file type" };
  }
  return undefined;
}

/** `*.min.js`, `app-min.css`, `bundle.min.mjs`. */
export function minifiedByName(name: string): boolean {
  return /[.-]min\.(m?js|cjs|css)$/i.test(name);
}

/** How many leading characters are searched for a generated-file marker. */
const HEADER_CHARS = 2048;

/**
 * Markers tools write at the top of generated files: Go's
 * "Code generated ... DO NOT EDIT.", Facebook's "@generated", and the
 * common "DO NOT EDIT" / "auto-generated" banners.
 */
const HEADER_MARKERS: readonly (readonly [RegExp, string])[] = [
  [/\bCode generated\b.*\bDO NOT EDIT\b/, '"Code generated ... DO NOT EDIT" header'],
  [/@generated\b/, "@generated marker"],
  [/\bDO NOT EDIT\b/, '"DO NOT EDIT" header'],
  // Only in a comment line, so prose such as "returns auto-generated ids" does not count.
  [
    /(?:^|\n)[ \t]*(?:#|\/\/|\/\*|\*|<!--|--|;)[ \t]*(?:this (?:file|code) (?:is|was|has been) )?(?:auto-?generated|automatically generated)\b/i,
    "auto-generated header",
  ],
];

/** Why a file's header says it is generated, or undefined. */
export function generatedByHeader(text: string): string | undefined {
  const head = text.slice(0, HEADER_CHARS);
  for (const [pattern, label] of HEADER_MARKERS) if (pattern.test(head)) return label;
  return undefined;
}

/** Above this average line length a file of some size is taken to be minified. */
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_BYTES = 2048;

/**
 * Why a file's text looks minified or otherwise unreviewable by line length,
 * or undefined: either lines are very long on average, or one line is
 * longer than `maxLineLength` (analysers and snippets degrade on such lines).
 */
export function minifiedByText(text: string, maxLineLength: number): string | undefined {
  let longest = 0;
  let longestLine = 0;
  let lines = 0;
  let start = 0;
  // indexOf is native; a charCodeAt loop is several times slower on large files.
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    lines++;
    if (end - start > longest) {
      longest = end - start;
      longestLine = lines;
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  if (text.length >= MINIFIED_MIN_BYTES && text.length / lines > MINIFIED_AVERAGE_LINE) {
    return `average line length ${Math.round(text.length / lines)} characters`;
  }
  if (longest > maxLineLength) {
    return `line ${longestLine} is ${longest} characters long (limit ${maxLineLength})`;
  }
  return undefined;
}

/** Lines as editors count them: a final line without a newline still counts. */
export function countLines(text: string): number {
  if (text.length === 0) return 0;
  let newlines = 0;
  for (let at = text.indexOf("\n"); at !== -1; at = text.indexOf("\n", at + 1)) newlines++;
  return text.endsWith("\n") ? newlines : newlines + 1;
}
