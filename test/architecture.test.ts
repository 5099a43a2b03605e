import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";
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
  // Queue adapters: the jobs table in the store, and Redis.
  queue: ["core", "storage", "platform"],
  platform: ["core", "config"],
  // The use cases: everything below the front ends, never a front end.
  app: [
    "core",
    "config",
    "pipeline",
    "platform",
    "storage",
    "tools",
    "workers",
    "rules",
    "agents",
    "llm",
    "fixes",
    "reporters",
  ],
  cli: ["*"],
  server: ["*"],
  worker: ["*"],
};

/** Front ends sit at the edge: they call app/ and never import each other. */
const FRONT_ENDS = ["cli", "server", "worker"];

/**
 * Where the `process` global may appear: the front ends, platform's
 * environment reader and signal handling, the child processes' own entry
 * scripts, and platform/process.ts, which starts children and signals their
 * process groups.
 */
const MAY_USE_PROCESS = new Set([
  "platform/env.ts",
  "platform/signals.ts",
  "platform/process.ts",
  "tools/eslint/child-script.ts",
]);

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
      !entry.name.endsWith(".test-support.ts") &&
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

  it("front ends never import each other", () => {
    const violations = files.flatMap((file) =>
      FRONT_ENDS.includes(file.folder)
        ? file.imports
            .filter((spec) => spec.startsWith("."))
            .map((spec) => relative(SRC, join(SRC, file.rel, "..", spec)).split("/")[0]!)
            .filter((target) => target !== file.folder && FRONT_ENDS.includes(target))
            .map((target) => `${file.rel} imports ${target}/`)
        : [],
    );
    expect(violations).toEqual([]);
  });

  it("the process global is used only at the front ends and in platform's environment and signal code", () => {
    const violations = files
      .filter((file) => !FRONT_ENDS.includes(file.folder) && !MAY_USE_PROCESS.has(file.rel))
      .flatMap((file) => processUses(file.rel, file.text).map((line) => `${file.rel}:${line}`));
    expect(violations).toEqual([]);
  });

  it("finds a use of the process global, and not a property or a string named process", () => {
    expect(processUses("x.ts", "const a = process.env.X;\nfoo(process);")).toEqual([1, 2]);
    expect(processUses("x.ts", 'const s = "process.env"; a.process = 1; /process\\.exit/.test(t);')).toEqual(
      [],
    );
  });

  it("only platform/ reads process.env", () => {
    const violations = files
      .filter((file) => file.folder !== "platform" && /process\.env\b/.test(codeOnly(file.text)))
      .map((file) => file.rel);
    expect(violations).toEqual([]);
  });
});

/** Lines (1-based) where the identifier `process` names the global, found with TypeScript's parser. */
function processUses(name: string, text: string): number[] {
  const source = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
  const lines: number[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === "process") {
      const parent = node.parent;
      const isMemberName =
        (ts.isPropertyAccessExpression(parent) && parent.name === node) ||
        (ts.isPropertyAssignment(parent) && parent.name === node) ||
        (ts.isPropertyDeclaration(parent) && parent.name === node) ||
        (ts.isPropertySignature(parent) && parent.name === node) ||
        (ts.isMethodDeclaration(parent) && parent.name === node) ||
        ts.isImportSpecifier(parent);
      if (!isMemberName) lines.push(source.getLineAndCharacterOfPosition(node.getStart()).line + 1);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return lines;
}
