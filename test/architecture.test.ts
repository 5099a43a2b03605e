import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Keeps the shape of docs/ARCHITECTURE.md true: imports point inward, and only
 * the edges touch the machine.
 */
const SRC = join(import.meta.dirname, "..", "src");

/** Which of our top-level folders each folder may import from (itself always allowed). */
const ALLOWED: Record<string, readonly string[]> = {
  core: [],
  config: ["core"],
  rules: ["core"],
  reporters: ["core"],
  pipeline: ["core"],
  llm: ["core"],
  agents: ["core", "llm", "rules", "fixes"],
  fixes: ["core", "rules"],
  storage: ["core"],
  tools: ["core", "platform"],
  workers: ["core", "rules"],
  platform: ["core", "config"],
  cli: ["*"],
  server: ["*"],
};

/** Node modules that reach outside the process: only edge folders may import them. */
const MACHINE_MODULES = /^(node:)?(fs|fs\/promises|child_process|net|http|https|dgram|worker_threads|os)$/;
const MAY_TOUCH_MACHINE = new Set(["platform", "storage", "tools", "workers", "cli", "server", "llm"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith(".ts") &&
      !entry.name.endsWith(".test.ts") &&
      !entry.name.endsWith(".contract.ts") &&
      entry.name !== "rule-tester.ts"
      ? [full]
      : [];
  });
}

const files = sourceFiles(SRC).map((file) => {
  const rel = relative(SRC, file);
  const text = readFileSync(file, "utf8");
  const imports = [...text.matchAll(/^\s*(?:import|export)[^'"]*?from\s+["']([^"']+)["']/gm)].map(
    (m) => m[1]!,
  );
  return { rel, folder: rel.split("/")[0]!, text, imports };
});

/** Source text without comments and string literals (rules mention `process.env` as data). */
function codeOnly(text: string): string {
  return text.replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, "").replace(/(["'`])(?:\\.|(?!\1)[^\\\n])*\1/g, '""');
}

describe("import direction", () => {
  it("has source files to check", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it("every folder is known to this test", () => {
    const unknown = [...new Set(files.map((f) => f.folder))].filter((folder) => !(folder in ALLOWED));
    expect(unknown).toEqual([]);
  });

  it("imports of our own code point inward", () => {
    const violations = files.flatMap((file) => {
      const allowed = ALLOWED[file.folder] ?? [];
      if (allowed.includes("*")) return [];
      return file.imports
        .filter((spec) => spec.startsWith("."))
        .map((spec) => relative(SRC, join(SRC, file.rel, "..", spec)).split("/")[0]!)
        .filter((target) => target !== file.folder && !allowed.includes(target))
        .map((target) => `${file.rel} imports ${target}/`);
    });
    expect(violations).toEqual([]);
  });

  it("only edge folders touch the file system, processes or the network", () => {
    const violations = files.flatMap((file) =>
      MAY_TOUCH_MACHINE.has(file.folder)
        ? []
        : file.imports
            .filter((spec) => MACHINE_MODULES.test(spec))
            .map((spec) => `${file.rel} imports ${spec}`),
    );
    expect(violations).toEqual([]);
  });

  it("only platform/ reads process.env", () => {
    const violations = files
      .filter((file) => file.folder !== "platform" && /process\.env\b/.test(codeOnly(file.text)))
      .map((file) => file.rel);
    expect(violations).toEqual([]);
  });
});
