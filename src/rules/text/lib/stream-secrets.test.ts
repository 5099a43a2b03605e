import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../../core/location.js";
import { FAKE, fakeBody } from "./fake-secrets.js";
import { findKnownTokens } from "./secret-patterns.js";
import { secretsInSkippedFile, SecretStreamScanner } from "./stream-secrets.js";

/** A long text with secrets placed around the scanner's window edges (256 KiB + 16 KiB overlap). */
function longText(lineEnd: string): string {
  const parts: string[] = [];
  let length = 0;
  const targets = [1000, 256 * 1024 - 20, 256 * 1024 + 5, 2 * 256 * 1024 - 30, 700 * 1024];
  let next = 0;
  for (let i = 0; length < 800 * 1024; i++) {
    let line = `line ${i} ${fakeBody(60, undefined, i % 50)}`;
    if (next < targets.length && length >= (targets[next] ?? Infinity) - 200) {
      line = `key = "${FAKE.stripe()}" and pem ${i}`;
      next++;
    }
    parts.push(line);
    length += line.length + lineEnd.length;
  }
  return parts.join(lineEnd);
}

/** Feeds the text in uneven chunks, as a file read would. */
function scanInChunks(text: string, unicode = false): string[] {
  const scanner = new SecretStreamScanner(unicode);
  const found = [];
  for (let at = 0, step = 1; at < text.length; at += 40_000 + step, step = (step * 7) % 997)
    found.push(...scanner.push(text.slice(at, at + 40_000 + step)));
  found.push(...scanner.finish());
  return found.map(
    (f) => `${f.range.start.line}:${f.range.start.column}-${f.range.end.line}:${f.range.end.column}`,
  );
}

describe("SecretStreamScanner", () => {
  it.each([
    ["LF", "\n"],
    ["CRLF", "\r\n"],
    ["lone CR", "\r"],
  ])("finds each secret once, at the positions a whole-text scan gives (%s)", (_name, lineEnd) => {
    const text = longText(lineEnd);
    const index = new LineIndex(text);
    const whole = findKnownTokens(text).map((m) => {
      const s = index.positionAt(m.start);
      const e = index.positionAt(m.end);
      return `${s.line}:${s.column}-${e.line}:${e.column}`;
    });
    expect(whole.length).toBe(5);
    expect(scanInChunks(text)).toEqual(whole);
  });

  it("finds a secret on one very long line, with its column", () => {
    const text = `${"a".repeat(300_000)};k="${FAKE.openai()}";`;
    const [found] = scanInChunks(text);
    expect(found).toBe(`1:300005-1:${300005 + FAKE.openai().length}`);
  });

  it("words the finding as a secret in an otherwise skipped file", async () => {
    const chunks = (): AsyncIterable<string> => Readable.from([`x = 1\nTOKEN = "${FAKE.github()}"\n`]);
    const [draft] = await secretsInSkippedFile(
      { path: "big.py", reason: "too-large", chunks: chunks() },
      "skipped-secrets",
    );
    expect(draft).toMatchObject({ ruleId: "text/known-token", file: "big.py", source: "skipped-secrets" });
    expect(draft?.range.start.line).toBe(2);
    expect(draft?.description).toContain("otherwise skipped (too-large)");
    expect(draft?.redact).toEqual([draft?.range]);
  });
});
