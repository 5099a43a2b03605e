/**
 * Parses the output of `git diff -U0 --src-prefix=a/ --dst-prefix=b/` into
 * the new-side line numbers each file gained or changed. Pure: the text in,
 * a map out.
 */

const HUNK = /^@@ -\d+(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/;

/** path (new side, as git prints it after `b/`) → added or changed line numbers. */
export function parseUnifiedDiff(patch: string): Map<string, Set<number>> {
  const result = new Map<string, Set<number>>();
  const lines = patch.split("\n");
  let current: Set<number> | undefined;
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? "";
    i++;
    if (line.startsWith("diff --git ")) {
      current = undefined;
      continue;
    }
    if (line.startsWith("+++ ")) {
      const path = headerPath(line.slice(4));
      if (path === undefined) {
        current = undefined;
        continue;
      }
      current = result.get(path) ?? new Set<number>();
      result.set(path, current);
      continue;
    }
    const hunk = HUNK.exec(line);
    if (hunk === null) continue;
    const oldCount = hunk[1] === undefined ? 1 : Number(hunk[1]);
    const start = Number(hunk[2]);
    const newCount = hunk[3] === undefined ? 1 : Number(hunk[3]);
    for (let n = start; n < start + newCount; n++) current?.add(n);
    // Step over the hunk body by count, so an added line that itself reads
    // "+++ x" or "diff --git" is never taken for a header.
    let remaining = oldCount + newCount;
    while (remaining > 0 && i < lines.length) {
      if (!(lines[i] ?? "").startsWith("\\")) remaining--;
      i++;
    }
  }
  return result;
}

/** `b/src/a.py` → `src/a.py`; `"b/tab\there.py"` → the unquoted name; `/dev/null` → undefined. */
function headerPath(field: string): string | undefined {
  const raw = field.startsWith('"') ? unquoteC(field) : field.replace(/\t$/, "");
  if (raw === "/dev/null") return undefined;
  return raw.startsWith("b/") ? raw.slice(2) : raw;
}

const ESCAPES: Readonly<Record<string, number>> = {
  a: 7,
  b: 8,
  t: 9,
  n: 10,
  v: 11,
  f: 12,
  r: 13,
  '"': 34,
  "\\": 92,
};

/**
 * Git quotes unusual path names the way C writes strings, with octal escapes
 * for bytes; the bytes are UTF-8. Exported for tests.
 */
export function unquoteC(quoted: string): string {
  const body = quoted.replace(/^"/, "").replace(/"\s*$/, "");
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i++) {
    const ch = body[i] ?? "";
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = body[i + 1] ?? "";
    const octal = /^[0-7]{3}/.exec(body.slice(i + 1, i + 4));
    if (octal !== null) {
      bytes.push(parseInt(octal[0], 8));
      i += 3;
    } else {
      bytes.push(ESCAPES[next] ?? next.charCodeAt(0));
      i += 1;
    }
  }
  return Buffer.from(bytes).toString("utf8");
}
