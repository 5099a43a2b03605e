/**
 * Local name → canonical dotted name, from every import in the file:
 * `import subprocess as sp` maps "sp" → "subprocess";
 * `from os import system as run` maps "run" → "os.system".
 *
 * Read from the text rather than the tree: import statements have a tiny
 * grammar, and this avoids one full-tree search per file.
 */
export type ImportMap = ReadonlyMap<string, string>;

const IMPORT_START = /^[ \t]*(?:from[ \t]+[\w.]+[ \t]+)?import[ \t]/gm;

export function collectImports(text: string): ImportMap {
  const map = new Map<string, string>();
  if (!text.includes("import")) return map;
  for (const match of text.matchAll(IMPORT_START)) {
    addImport(map, statementAt(text, match.index));
  }
  return map;
}

/** The statement starting at `start`, following parentheses and backslash continuations. */
function statementAt(text: string, start: number): string {
  let end = start;
  let depth = 0;
  while (end < text.length) {
    const ch = text[end];
    if (ch === "(") depth++;
    else if (ch === ")") depth--;
    else if (ch === "#") {
      while (end < text.length && text[end] !== "\n") end++;
      continue;
    } else if (ch === "\\" && text[end + 1] === "\n") end++;
    else if ((ch === "\n" || ch === ";") && depth <= 0) break;
    end++;
  }
  return text.slice(start, end);
}

function addImport(map: Map<string, string>, statement: string): void {
  // Comments and line continuations cannot change what is imported; drop them before splitting.
  const flat = statement
    .replace(/#[^\n]*/g, "")
    .replace(/[\\()\n\r]/g, " ")
    .trim();
  const from = /^from\s+(\S+)\s+import\s+(.+)$/s.exec(flat);
  if (from) {
    const module = (from[1] ?? "").replace(/^\.+/, "");
    for (const item of splitItems(from[2] ?? "")) {
      if (item.name === "*") continue;
      map.set(item.alias ?? item.name, module === "" ? item.name : `${module}.${item.name}`);
    }
    return;
  }
  const plain = /^import\s+(.+)$/s.exec(flat);
  if (!plain) return;
  for (const item of splitItems(plain[1] ?? "")) {
    if (item.alias !== undefined) map.set(item.alias, item.name);
    else {
      const head = item.name.split(".")[0] ?? item.name;
      map.set(head, head);
    }
  }
}

function splitItems(list: string): { name: string; alias?: string }[] {
  return list
    .split(",")
    .map((part) => part.trim().split(/(?<!\s)\s+as\s+/))
    .filter((parts) => /^[\w.*]+$/.test(parts[0] ?? ""))
    .map(([name = "", alias]) => (alias === undefined ? { name } : { name, alias: alias.trim() }));
}

/** Rewrites the first segment of a dotted name through the import map. */
export function canonical(dotted: string, imports: ImportMap): string {
  const dot = dotted.indexOf(".");
  const head = dot < 0 ? dotted : dotted.slice(0, dot);
  const target = imports.get(head);
  if (target === undefined || target === head) return dotted;
  return dot < 0 ? target : target + dotted.slice(dot);
}
