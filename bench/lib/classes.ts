import type { BenchLanguage } from "./labels.js";

export interface VulnClass {
  readonly cwe: string;
  readonly name: string;
  readonly languages: readonly BenchLanguage[];
  /**
   * Narrower CWEs scored as this class: a label or finding naming one counts
   * as the class (the blind brief labels a missing HttpOnly flag CWE-614, a
   * rule may add CWE-1004 beside it).
   */
  readonly also?: readonly string[];
}

const BOTH: readonly BenchLanguage[] = ["python", "js"];

/** The classes the corpus covers; a finding carrying none of these CWEs is not scored. */
export const VULN_CLASSES: readonly VulnClass[] = [
  { cwe: "CWE-78", name: "command injection", languages: BOTH, also: ["CWE-77"] },
  { cwe: "CWE-94", name: "code injection", languages: BOTH, also: ["CWE-95"] },
  { cwe: "CWE-89", name: "SQL injection", languages: BOTH },
  { cwe: "CWE-943", name: "NoSQL injection", languages: BOTH },
  { cwe: "CWE-90", name: "LDAP injection", languages: BOTH },
  { cwe: "CWE-643", name: "XPath injection", languages: BOTH },
  { cwe: "CWE-79", name: "cross-site scripting", languages: BOTH, also: ["CWE-80"] },
  { cwe: "CWE-22", name: "path traversal", languages: BOTH, also: ["CWE-23"] },
  { cwe: "CWE-918", name: "SSRF", languages: BOTH },
  { cwe: "CWE-601", name: "open redirect", languages: BOTH },
  { cwe: "CWE-502", name: "insecure deserialization", languages: BOTH },
  { cwe: "CWE-611", name: "XXE", languages: BOTH, also: ["CWE-776"] },
  { cwe: "CWE-328", name: "weak hash", languages: BOTH, also: ["CWE-916"] },
  { cwe: "CWE-327", name: "weak cipher", languages: BOTH },
  { cwe: "CWE-330", name: "insecure randomness", languages: BOTH, also: ["CWE-338"] },
  { cwe: "CWE-614", name: "insecure cookie", languages: BOTH, also: ["CWE-1004"] },
  { cwe: "CWE-501", name: "trust boundary", languages: BOTH },
  { cwe: "CWE-295", name: "TLS verification off", languages: BOTH, also: ["CWE-297"] },
  { cwe: "CWE-798", name: "hardcoded credentials", languages: BOTH, also: ["CWE-259", "CWE-321"] },
  { cwe: "CWE-489", name: "debug mode", languages: BOTH, also: ["CWE-215"] },
  { cwe: "CWE-1321", name: "prototype pollution", languages: ["js"] },
  { cwe: "CWE-1333", name: "ReDoS", languages: BOTH },
];

export const CLASS_CWES: readonly string[] = VULN_CLASSES.map((c) => c.cwe);

const CLASS_BY_CWE: ReadonlyMap<string, string> = new Map(
  VULN_CLASSES.flatMap((c) => [c.cwe, ...(c.also ?? [])].map((id) => [id, c.cwe] as const)),
);

/** The class a CWE is scored under ("CWE-1004" → "CWE-614"); undefined outside the classes. */
export function classOfCwe(cwe: string): string | undefined {
  return CLASS_BY_CWE.get(cwe);
}

/** Whether two CWE ids are the same id or fall in the same scored class. */
export function sameClass(a: string, b: string): boolean {
  if (a === b) return true;
  const left = classOfCwe(a);
  return left !== undefined && left === classOfCwe(b);
}

/** "CWE-89" from a corpus folder name "89"; undefined when the folder is not a class. */
export function classOfFolder(folder: string): string | undefined {
  const cwe = `CWE-${folder}`;
  return CLASS_CWES.includes(cwe) ? cwe : undefined;
}
