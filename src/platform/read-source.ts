import { open, type FileHandle } from "node:fs/promises";
import { sha256Hex } from "../core/hash.js";
import type { SkippedFile } from "../core/review.js";
import type { SourceFile } from "../core/source-file.js";
import { detectLanguage } from "./detect-language.js";
import type { Language } from "../core/language.js";
import { countsUnicodeSeparators } from "../core/location.js";
import { countLines, generatedEvidence, minifiedByText } from "./file-kinds.js";
import { declaredPythonEncoding, decodeSource, looksBinary } from "./source-encoding.js";

export interface ReadLimits {
  readonly maxFileBytes: number;
  readonly maxLineLength: number;
}

/** Reads `size` bytes in as few calls as the kernel allows; a file that shrank meanwhile yields what is left. */
async function readExactly(handle: FileHandle, size: number): Promise<Buffer> {
  const buffer = Buffer.allocUnsafe(size);
  let filled = 0;
  while (filled < size) {
    const { bytesRead } = await handle.read(buffer, filled, size - filled, filled);
    if (bytesRead === 0) break;
    filled += bytesRead;
  }
  return filled === size ? buffer : buffer.subarray(0, filled);
}

/** Binary sniffing looks at this many leading bytes, as git does. */
const SNIFF_BYTES = 8192;
const lenientUtf8 = new TextDecoder("utf-8");

/**
 * Reads one file that passed the path checks and decides whether it is
 * reviewable. The size is checked on the open handle before reading, so a
 * huge file is never loaded into memory; one handle serves both steps so the
 * file cannot be swapped in between.
 */
export async function readSource(
  path: string,
  absolutePath: string,
  limits: ReadLimits,
): Promise<ReadResult> {
  let handle: FileHandle;
  try {
    handle = await open(absolutePath, "r");
  } catch (error) {
    return { path, reason: "unreadable", detail: describeError(error) };
  }
  try {
    const info = await handle.stat();
    if (!info.isFile()) return { path, reason: "unsupported", detail: "not a regular file" };
    if (info.size > limits.maxFileBytes) {
      return withLanguage(
        {
          path,
          reason: "too-large",
          detail: `${formatBytes(info.size)} is over the ${formatBytes(limits.maxFileBytes)} limit`,
        },
        detectLanguage(path, ""),
      );
    }
    const raw = await readExactly(handle, info.size);
    return classify(path, absolutePath, raw, limits);
  } catch (error) {
    return { path, reason: "unreadable", detail: describeError(error) };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * A file whose header says it was generated: whether it is skipped waits
 * until discovery knows whether the repository's code imports it.
 */
export interface HeldGenerated {
  readonly held: "generated";
  readonly file: SourceFile;
  readonly detail: string;
}

export type ReadResult = SourceFile | SkippedFile | HeldGenerated;

/** The content checks, on bytes already read. Exported for table tests. */
export function classify(
  path: string,
  absolutePath: string,
  raw: Uint8Array,
  limits: ReadLimits,
): ReadResult {
  if (raw.length > limits.maxFileBytes) {
    return {
      path,
      reason: "too-large",
      detail: `${formatBytes(raw.length)} is over the ${formatBytes(limits.maxFileBytes)} limit`,
    };
  }
  const byName = detectLanguage(path, "");
  const utf16 = utf16Bom(raw);
  if (utf16 !== undefined) {
    return withLanguage(
      { path, reason: "invalid-encoding", detail: `${utf16} text (byte-order mark); only UTF-8 is reviewed` },
      byName,
    );
  }
  if (looksBinary(raw, SNIFF_BYTES)) {
    return withLanguage({ path, reason: "binary", detail: "contains NUL and other control bytes" }, byName);
  }
  const declared = byName === "python" || byName === undefined ? declaredPythonEncoding(raw) : undefined;
  let decoded = decodeSource(raw, declared);
  // A declaration in a file that turns out not to be Python does not count.
  const firstLine = decoded.ok ? (decoded.text.split(/\r\n?|\n/, 1)[0] ?? "") : "";
  const language = decoded.ok ? detectLanguage(path, firstLine) : byName;
  if (decoded.ok && declared !== undefined && language !== "python") decoded = decodeSource(raw, undefined);
  if (!decoded.ok) {
    if (raw.subarray(0, SNIFF_BYTES).includes(0)) {
      return withLanguage(
        { path, reason: "binary", detail: "contains NUL bytes and is not valid text" },
        language,
      );
    }
    const detail =
      declared === undefined
        ? `${decoded.detail} (first bad byte near line ${badLine(raw)})`
        : decoded.detail;
    return withLanguage({ path, reason: "invalid-encoding", detail }, language);
  }
  const { text } = decoded;
  if (language === undefined) return { path, reason: "unsupported", detail: "no known extension or shebang" };
  const unicode = countsUnicodeSeparators(language);
  const minified = minifiedByText(text, limits.maxLineLength, unicode);
  if (minified !== undefined) return { path, reason: "minified", detail: minified, language };
  const file: SourceFile = {
    path,
    absolutePath,
    language,
    text,
    bytes: raw.length,
    lines: countLines(text, unicode),
    hash: sha256Hex(raw),
  };
  const generated = generatedEvidence(text);
  return generated === undefined ? file : { held: "generated", file, detail: generated };
}

function withLanguage(skip: SkippedFile, language: Language | undefined): SkippedFile {
  return language === undefined ? skip : { ...skip, language };
}

export function isSourceFile(value: ReadResult): value is SourceFile {
  return "text" in value;
}

export function isHeldGenerated(value: ReadResult): value is HeldGenerated {
  return "held" in value;
}

function utf16Bom(raw: Uint8Array): string | undefined {
  if (raw[0] === 0xff && raw[1] === 0xfe) return raw[2] === 0 && raw[3] === 0 ? "UTF-32LE" : "UTF-16LE";
  if (raw[0] === 0xfe && raw[1] === 0xff) return "UTF-16BE";
  if (raw[0] === 0 && raw[1] === 0 && raw[2] === 0xfe && raw[3] === 0xff) return "UTF-32BE";
  return undefined;
}

/** Line of the first replacement character a lenient decode produces: a hint, not a guarantee. */
function badLine(raw: Uint8Array): number {
  const text = lenientUtf8.decode(raw);
  const at = text.indexOf("\uFFFD");
  return countLines(text.slice(0, at + 1));
}

function describeError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ENOENT") return "file disappeared during discovery";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return error instanceof Error ? error.message : String(error);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
