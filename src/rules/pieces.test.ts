import { describe, expect, it } from "vitest";
import type { SourceFile } from "../core/source-file.js";
import { piecesOf } from "./pieces.js";
import { BUILTIN_RULES } from "./registry.js";
import { sourceFileFor } from "./rule-tester.js";
import { mergePieces, runRulesOnFile, runRulesOnPiece, type FileResult } from "./run-rules.js";

/** Small thresholds so a few kilobytes behave as a file of many megabytes would. */
const SMALL = { fromBytes: 2_000, pieceBytes: 1_000 } as const;

function inPieces(file: SourceFile): FileResult | "whole" | "not cut" {
  const pieces = piecesOf(file, SMALL);
  if (pieces === undefined) return "not cut";
  const results: FileResult[] = [];
  for (const piece of pieces) {
    const result = runRulesOnPiece(piece, BUILTIN_RULES);
    if (result === undefined) return "whole";
    results.push(result);
  }
  return mergePieces(file, results);
}

const summary = (r: FileResult) =>
  r.drafts
    .map(
      (d) =>
        `${d.ruleId}@${d.range.start.line}:${d.range.start.column}-${d.range.end.line}:${d.range.end.column}`,
    )
    .sort();

function pythonModule(functions: number, tail: string): string {
  const parts = [
    "import subprocess as sp",
    "from flask import (",
    "    Flask,",
    "    request,",
    ")",
    "",
    "app = Flask(__name__)",
    "",
  ];
  for (let i = 0; i < functions; i++)
    parts.push(`def helper_${i}(value):`, `    total = value + ${i}`, `    return total * 2`, "");
  parts.push(tail);
  return `${parts.join("\n")}\n`;
}

describe("large files in pieces", () => {
  it("leaves a small file whole", () => {
    expect(piecesOf(sourceFileFor("x = 1\n", "python"))).toBeUndefined();
  });

  it("keeps every line number, and the imports a later piece needs", () => {
    const tail = `@app.route("/run")\ndef run():\n    sp.call("ls " + request.args["d"], shell=True)\n`;
    const file = sourceFileFor(pythonModule(200, tail), "python", "big.py");
    const pieces = piecesOf(file, SMALL);
    expect(pieces?.length).toBeGreaterThan(3);
    const last = pieces?.at(-1);
    expect(last?.file.text.split("\n")[0]).toBe("import subprocess as sp");
    // Each piece's own lines sit where they sit in the file.
    for (const piece of pieces ?? []) {
      const pieceLines = piece.file.text.split("\n");
      const fileLines = file.text.split("\n");
      expect(pieceLines[piece.firstLine - 1]).toBe(fileLines[piece.firstLine - 1]);
      expect(pieceLines[piece.lastLine - 1]).toBe(fileLines[piece.lastLine - 1]);
    }
    const whole = runRulesOnFile(file, BUILTIN_RULES);
    const cut = inPieces(file);
    expect(cut).not.toBe("whole");
    if (typeof cut === "string") return;
    expect(summary(cut)).toEqual(summary(whole));
    expect(summary(cut).some((s) => s.startsWith("py/command-injection@"))).toBe(true);
  });

  it("falls back to the whole file when a cut falls inside a string", () => {
    const doc = [
      'DOC = """',
      ...Array.from({ length: 120 }, (_, i) => `name_${i} = "not code, inside the string"`),
      '"""',
    ];
    const file = sourceFileFor(pythonModule(40, doc.join("\n")) + pythonModule(40, ""), "python", "doc.py");
    expect(inPieces(file)).toBe("whole");
  });

  it("cuts JavaScript only after a statement ends", () => {
    const parts = [`const { exec } = require("child_process");`, ""];
    for (let i = 0; i < 200; i++) parts.push(`function helper${i}(v) {`, `  return v + ${i};`, "}", "");
    parts.push(`const handler = (req, res) => {`, `  exec("ls " + req.query.dir);`, `};`, "");
    const file = sourceFileFor(parts.join("\n"), "javascript", "big.js");
    const pieces = piecesOf(file, SMALL) ?? [];
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces.slice(1))
      expect(file.text.split("\n")[piece.firstLine - 2]?.trim()).toMatch(/^$|[;}]$/);
    const whole = runRulesOnFile(file, BUILTIN_RULES);
    const cut = inPieces(file);
    if (typeof cut === "string") throw new Error(`expected pieces, got ${cut}`);
    expect(summary(cut)).toEqual(summary(whole));
    expect(summary(cut).some((s) => s.startsWith("js/command-injection@"))).toBe(true);
  });

  it("does not cut a file that is one statement", () => {
    const file = sourceFileFor(`module.exports = [${"1,".repeat(3000)}];\n`, "javascript", "one.js");
    expect(piecesOf(file, SMALL)).toBeUndefined();
  });
});
