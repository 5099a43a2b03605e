import type { BenchLanguage } from "./labels.js";

export interface VulnClass {
  readonly cwe: string;
  readonly name: string;
  readonly languages: readonly BenchLanguage[];
}

const BOTH: readonly BenchLanguage[] = ["python", "js"];

/** The classes the corpus covers; a finding carrying none of these CWEs is not scored. */
export const VULN_CLASSES: readonly VulnClass[] = [
  { cwe: "CWE-78", name: "command injection", languages: BOTH },
  { cwe: "CWE-94", name: "code injection", languages: BOTH },
  { cwe: "CWE-89", name: "SQL injection", languages: BOTH },
  { cwe: "CWE-943", name: "NoSQL injection", languages: BOTH },
  { cwe: "CWE-90", name: "LDAP injection", languages: BOTH },
  { cwe: "CWE-643", name: "XPath injection", languages: BOTH },
  { cwe: "CWE-79", name: "cross-site scripting", languages: BOTH },
  { cwe: "CWE-22", name: "path traversal", languages: BOTH },
  { cwe: "CWE-918", name: "SSRF", languages: BOTH },
  { cwe: "CWE-601", name: "open redirect", languages: BOTH },
  { cwe: "CWE-502", name: "insecure deserialization", languages: BOTH },
  { cwe: "CWE-611", name: "XXE", languages: BOTH },
  { cwe: "CWE-328", name: "weak hash", languages: BOTH },
  { cwe: "CWE-327", name: "weak cipher", languages: BOTH },
  { cwe: "CWE-330", name: "insecure randomness", languages: BOTH },
  { cwe: "CWE-614", name: "insecure cookie", languages: BOTH },
  { cwe: "CWE-501", name: "trust boundary", languages: BOTH },
  { cwe: "CWE-295", name: "TLS verification off", languages: BOTH },
  { cwe: "CWE-798", name: "hardcoded credentials", languages: BOTH },
  { cwe: "CWE-489", name: "debug mode", languages: BOTH },
  { cwe: "CWE-1321", name: "prototype pollution", languages: ["js"] },
  { cwe: "CWE-1333", name: "ReDoS", languages: BOTH },
];

export const CLASS_CWES: readonly string[] = VULN_CLASSES.map((c) => c.cwe);

/** "CWE-89" from a corpus folder name "89"; undefined when the folder is not a class. */
export function classOfFolder(folder: string): string | undefined {
  const cwe = `CWE-${folder}`;
  return CLASS_CWES.includes(cwe) ? cwe : undefined;
}
