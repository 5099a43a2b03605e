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

/**
 * Names that are as often the project's own code (a `build/` package of
 * build helpers, a `vendor/` module the app imports) as third-party or
 * output: such a directory is held and decided by what is in it and who
 * imports from it (discover.ts), not skipped by its name.
 */
const AMBIGUOUS_VENDORED_DIRS = new Set(["vendor", "third_party", "third-party", "dist", "build", "out"]);

export function isAmbiguousVendoredName(name: string): boolean {
  return AMBIGUOUS_VENDORED_DIRS.has(name);
}

/** Package manifests: a directory holding one is someone's package. */
const MANIFEST_NAMES = new Set([
  "package.json",
  "setup.py",
  "setup.cfg",
  "pyproject.toml",
  "bower.json",
  "composer.json",
  "go.mod",
  "Cargo.toml",
  "Gemfile",
  "modules.txt",
  "PKG-INFO",
  "METADATA",
]);

/** A file name that marks third-party code: a package manifest, a lock file or a licence. */
export function holdsVendorEvidence(name: string): boolean {
  if (MANIFEST_NAMES.has(name) || GENERATED_NAMES.has(name) || name.endsWith(".gemspec")) return true;
  return /^(?:licen[cs]e|copying|notice)(?:[.-][\w.-]*)?$/i.test(name);
}

/** Version-control metadata: never entered and not worth reporting. */
export const VCS_DIRS: ReadonlySet<string> = new Set([".git", ".hg", ".svn", ".bzr", "_darcs"]);

/**
 * Why a directory is vendored, or undefined. A directory holding `pyvenv.cfg`
 * is a Python virtual environment whatever its name; `venv` and `env` are
 * only treated as such when they hold one, because the standard library and
 * many projects have real source packages with those names.
 */
export function vendoredDirReason(name: string, entryNames: ReadonlySet<string>): string | undefined {
  if (VENDORED_DIRS.has(name) && !AMBIGUOUS_VENDORED_DIRS.has(name)) return `vendored directory (${name})`;
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

/**
 * `import grpc` on a line of its own and `_pb2` anywhere after it. The first
 * such import is enough, as every later one has less text after it; the pattern
 * `^[ \t]*import[ \t]+grpc\b[\s\S]*_pb2\b` read the rest of the text again from
 * each one (test/regex-linearity.test.ts).
 */
const GRPC_WITH_PB2 = {
  test(text: string): boolean {
    const grpc = /^[ \t]*import[ \t]+grpc\b/m.exec(text);
    if (!grpc) return false;
    const pb2 = /_pb2\b/g;
    pb2.lastIndex = grpc.index + grpc[0].length;
    return pb2.test(text);
  },
};

/**
 * Code shapes of known generators, each needed beside a header marker before
 * a file counts as generated: a "DO NOT EDIT" line alone is one line any
 * author can write (docs/security-notes/skips-and-secrets.md).
 */
const GENERATOR_SHAPES: readonly (readonly [{ test(text: string): boolean }, string])[] = [
  [/^[ \t]*(?:from|import)[ \t]+google\.protobuf\b/m, "protoc"],
  [GRPC_WITH_PB2, "grpc"],
  [
    /["'](?:google-protobuf|@bufbuild\/protobuf|protobufjs(?:\/minimal)?|@grpc\/grpc-js)["']/,
    "protobuf (JavaScript)",
  ],
  [/^[ \t]*(?:from|import)[ \t]+thrift\b/m, "thrift"],
  [/^[ \t]*(?:from[ \t]+antlr4\b|import[ \t]+antlr4\b|import .* from ["']antlr4["'])/m, "antlr"],
  [/\bOpenAPI Generator\b|\bswagger-codegen\b|\bopenapi-typescript\b/i, "openapi"],
  [/\bgraphql-codegen\b|@graphql-codegen\//, "graphql-codegen"],
  [/\bGenerated by Django \d+\.\d+ on \d{4}-\d\d-\d\d/, "django"],
  [/\bprisma-client\b|@prisma\/client\/runtime/, "prisma"],
];

/**
 * Why a file's content shows it was generated, or undefined: a header
 * marker AND the code shape of a known generator. Discovery still reviews
 * such a file when the repository's own code imports it.
 */
export function generatedEvidence(text: string): string | undefined {
  const header = generatedByHeader(text);
  if (header === undefined) return undefined;
  const shape = GENERATOR_SHAPES.find(([pattern]) => pattern.test(text.slice(0, 64 * 1024)));
  return shape === undefined ? undefined : `${header} and ${shape[1]} code`;
}

/** Above this average line length a file of some size is taken to be minified. */
const MINIFIED_AVERAGE_LINE = 300;
const MINIFIED_MIN_BYTES = 2048;
/** Minified output is a handful of lines; a file with more is read as written by hand. */
const MINIFIED_MAX_LINES = 64;

/** Line ends: LF, CRLF, lone CR; U+2028/U+2029 too where the language counts them (core/location.ts). */
const LINE_ENDS = /\r\n?|\n/g;
const LINE_ENDS_UNICODE = /\r\n?|[\n\u2028\u2029]/g;

/**
 * Why a file's text looks minified or otherwise unreviewable by line length,
 * or undefined: either lines are very long on average, or one line is
 * longer than `maxLineLength` (analysers and snippets degrade on such lines).
 * Lines end wherever the language ends them, so a file saved with lone-CR
 * line endings is measured line by line, not as one long line.
 */
export function minifiedByText(
  text: string,
  maxLineLength: number,
  unicodeSeparators = false,
): string | undefined {
  let longest = 0;
  let longestLine = 0;
  let lines = 0;
  let start = 0;
  const ends = unicodeSeparators ? new RegExp(LINE_ENDS_UNICODE) : new RegExp(LINE_ENDS);
  for (;;) {
    const match = ends.exec(text);
    const end = match === null ? text.length : match.index;
    lines++;
    if (end - start > longest) {
      longest = end - start;
      longestLine = lines;
    }
    if (match === null) break;
    start = match.index + match[0].length;
  }
  if (
    text.length >= MINIFIED_MIN_BYTES &&
    lines <= MINIFIED_MAX_LINES &&
    text.length / lines > MINIFIED_AVERAGE_LINE
  ) {
    return `average line length ${Math.round(text.length / lines)} characters`;
  }
  if (longest > maxLineLength) {
    return `line ${longestLine} is ${longest} characters long (limit ${maxLineLength})`;
  }
  return undefined;
}

/** Lines as editors count them: a final line without a line end still counts. */
export function countLines(text: string, unicodeSeparators = false): number {
  if (text.length === 0) return 0;
  const ends = unicodeSeparators ? new RegExp(LINE_ENDS_UNICODE) : new RegExp(LINE_ENDS);
  let count = 0;
  while (ends.exec(text) !== null) count++;
  const last = text.charCodeAt(text.length - 1);
  const endsWithBreak =
    last === 10 || last === 13 || (unicodeSeparators && (last === 0x2028 || last === 0x2029));
  return endsWithBreak ? count : count + 1;
}
