import { isUtf8 } from "node:buffer";
import { TextDecoder } from "node:util";

/**
 * Turning a file's bytes into text. UTF-8 is the default; a Python file may
 * declare another encoding in its first two lines (PEP 263), which Python
 * honours, so the review does too. Pure: bytes in, text or a reason out.
 */

export type Decoded =
  | { readonly ok: true; readonly text: string; readonly encoding: string }
  | { readonly ok: false; readonly detail: string };

/** `# -*- coding: latin-1 -*-`, `# vim: set fileencoding=cp1252 :` — PEP 263's pattern. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

/**
 * The encoding a Python file declares, or undefined. Only the first two
 * lines count, and the second only when the first is a comment or blank, as
 * in PEP 263. Bytes are read one to one (latin-1) since the declaration is ASCII.
 */
export function declaredPythonEncoding(raw: Uint8Array): string | undefined {
  const head = Buffer.from(raw.buffer, raw.byteOffset, Math.min(raw.byteLength, 1024)).toString("latin1");
  const [first = "", second = ""] = head.split(/\r\n?|\n/, 2);
  const onFirst = CODING.exec(first);
  if (onFirst) return onFirst[1];
  if (!/^[ \t\f]*(?:#.*)?$/.test(first)) return undefined;
  return CODING.exec(second)?.[1];
}

/**
 * Python codec names → WHATWG labels `TextDecoder` knows. Python's latin-1
 * maps bytes 0x80–0x9F to C1 controls where WHATWG's decoder (which serves
 * "latin1" as windows-1252) gives printable characters: one byte still makes
 * one UTF-16 unit, so positions agree with the file either way.
 */
function whatwgLabel(pythonName: string): string {
  const name = pythonName.toLowerCase().replace(/_/g, "-");
  if (/^(?:latin-?1|l1|iso-?8859-1|8859|cp819|iso-ir-100)$/.test(name)) return "iso-8859-1";
  const iso = /^iso-?8859-(\d+)$/.exec(name);
  if (iso) return `iso-8859-${iso[1]}`;
  const cp = /^(?:cp|windows-)(\d{3,4})$/.exec(name);
  if (cp) return cp[1] === "65001" ? "utf-8" : `windows-${cp[1]}`;
  if (name === "utf-8-sig" || name === "utf8") return "utf-8";
  if (name === "shift-jis" || name === "sjis") return "shift_jis";
  return name;
}

function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    // RangeError: a label the runtime does not know; reported by the caller as unsupported.
    return undefined;
  }
}

/** True unless the file declares (PEP 263) an encoding other than UTF-8. */
export function declaresUtf8(raw: Uint8Array): boolean {
  const declared = declaredPythonEncoding(raw);
  return declared === undefined || whatwgLabel(declared) === "utf-8";
}

const UTF8_BOM = [0xef, 0xbb, 0xbf] as const;

/** Decodes a file: by its PEP 263 declaration when `declared` is given, else as UTF-8. */
export function decodeSource(raw: Uint8Array, declared: string | undefined): Decoded {
  const hasBom = raw[0] === UTF8_BOM[0] && raw[1] === UTF8_BOM[1] && raw[2] === UTF8_BOM[2];
  const label = declared === undefined ? "utf-8" : whatwgLabel(declared);
  if (label === "utf-8") {
    // isUtf8 and toString are native and an order of magnitude faster than a fatal TextDecoder.
    if (!isUtf8(raw)) return { ok: false, detail: "not valid UTF-8" };
    const text = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength).toString("utf8", hasBom ? 3 : 0);
    return { ok: true, text, encoding: "utf-8" };
  }
  const decoder = decoderFor(label);
  if (decoder === undefined) {
    return { ok: false, detail: `declares encoding "${declared ?? label}", which cannot be decoded here` };
  }
  try {
    return { ok: true, text: decoder.decode(raw), encoding: decoder.encoding };
  } catch {
    // TypeError from a fatal decoder: the bytes are not in the declared encoding.
    return { ok: false, detail: `not valid ${decoder.encoding} (the encoding it declares)` };
  }
}

/** Bytes that do not occur in text: controls other than tab, line ends, form feed and escape. */
function isNonText(byte: number): boolean {
  return (
    (byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13 && byte !== 12 && byte !== 27) || byte === 0x7f
  );
}

/** Share of non-text bytes above which a file holding NUL is binary. */
const BINARY_SHARE = 0.1;

/**
 * Binary needs more than one NUL byte: a NUL in a comment or string of a
 * source file is one byte an author controls. A file is binary when its
 * first `sniff` bytes hold a NUL and more than a tenth of them are control
 * bytes no text uses; a NUL-holding file that also fails to decode is caught
 * by the caller.
 */
export function looksBinary(raw: Uint8Array, sniff: number): boolean {
  const head = raw.subarray(0, sniff);
  if (!head.includes(0)) return false;
  let nonText = 0;
  for (const byte of head) if (isNonText(byte)) nonText++;
  return nonText > head.length * BINARY_SHARE;
}
