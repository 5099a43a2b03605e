import type { SgNode } from "@ast-grep/napi";

/**
 * Local name → canonical dotted name, from every import in the file:
 * `import subprocess as sp` maps "sp" → "subprocess";
 * `from os import system as run` maps "run" → "os.system".
 */
export type ImportMap = ReadonlyMap<string, string>;

export function collectImports(root: SgNode, text: string): ImportMap {
  const map = new Map<string, string>();
  if (!text.includes("import")) return map;
  const nodes = root.findAll({
    rule: { any: [{ kind: "import_statement" }, { kind: "import_from_statement" }] },
  });
  for (const node of nodes) addImport(map, node.text());
  return map;
}

function addImport(map: Map<string, string>, statement: string): void {
  // Comments and line continuations cannot change what is imported; drop them before splitting.
  const flat = statement.replace(/#[^\n]*/g, "").replace(/[\\()\n\r]/g, " ").trim();
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
    .map((part) => part.trim().split(/\s+as\s+/))
    .filter((parts) => (parts[0] ?? "") !== "")
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
