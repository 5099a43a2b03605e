import { describe, expect, it } from "vitest";
import { BUILTIN_RULES } from "../registry.js";
import { sourceFileFor } from "../rule-tester.js";
import { runRulesOnFile } from "../run-rules.js";
import { reviewFiles, type Files } from "./cross-file.test-support.js";
import { demandedFiles } from "./demand.js";
import { reviewResolver } from "./resolver.js";
import type { FileSummary } from "./summary.js";

function firstPass(files: Files): Map<string, FileSummary> {
  const out = new Map<string, FileSummary>();
  for (const [path, text] of Object.entries(files)) {
    const summary = runRulesOnFile(sourceFileFor(text, "python", path), BUILTIN_RULES, "first").summary;
    if (summary) out.set(path, summary);
  }
  return out;
}

const VIEWS = (call: string): string => `from flask import request
from app.service import lookup

def show():
    return lookup(${call})
`;
/** The middle module only passes its parameter on: its call is left out of the first pass. */
const SERVICE = `from app.db import find_user

def lookup(name):
    row = find_user(name)
    return row
`;
const DB = `import sqlite3

def find_user(name):
    return sqlite3.connect("a.db").execute("SELECT * FROM u WHERE n = '" + name + "'")
`;

const chain = (call: string): Files => ({
  "app/__init__.py": "",
  "app/views.py": VIEWS(call),
  "app/service.py": SERVICE,
  "app/db.py": DB,
});

describe("summaries made whole on demand", () => {
  it("leaves a parameter passed on out of the first pass, and asks for the file once input reaches it", () => {
    const files = chain('request.args["name"]');
    const summaries = firstPass(files);
    // Its only call passes a parameter on: the first pass has nothing to link, so it writes no summary.
    expect(summaries.has("app/service.py")).toBe(false);
    expect(summaries.get("app/views.py")?.calls).not.toEqual({});
    expect([...demandedFiles(summaries, reviewResolver(Object.keys(files)))]).toEqual(["app/service.py"]);
  });

  it("asks for nothing when the only call into the middle module passes a constant", () => {
    const files = chain('"admin"');
    expect([...demandedFiles(firstPass(files), reviewResolver(Object.keys(files)))]).toEqual([]);
  });

  it("finds the flow through the middle module, as the whole summaries of every file would", () => {
    const sql = (files: Files) =>
      reviewFiles(files)
        .drafts.filter((d) => d.ruleId === "py/sql-injection" && d.confidence >= 0.5)
        .map((d) => [d.file, d.range.start.line, d.severity]);
    expect(sql(chain('request.args["name"]'))).toEqual([["app/db.py", 4, "critical"]]);
    // Only the per-file note on the helper's parameter: no flow from another file.
    expect(sql(chain('"admin"'))).toEqual([["app/db.py", 4, "medium"]]);
  });
});
