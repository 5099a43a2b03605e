import { describe, expect, it } from "vitest";
import { review } from "../../test/support/review-builder.js";
import { reviewed, reviewedTogether } from "../../test/fixes/findings.js";
import { isCancelled } from "../core/errors.js";
import { exists, gone, slowTool } from "../platform/process-tree.test-support.js";
import { makeTree, removeTree } from "../platform/temp-tree.test-support.js";
import { proveReviewFixes } from "./fix-stage.js";

const CODE = "import yaml\n\n\ndef load(payload):\n    return yaml.load(payload)\n";

describe("the fix stage, cancelled", () => {
  it("ends the operator's test command and what it started, and rejects with CG_CANCELLED", async () => {
    const root = await makeTree({ "app.py": CODE });
    const tool = await slowTool();
    try {
      const { file, findings } = reviewed(CODE, "python", "app.py");
      expect(findings.some((f) => f.fix !== undefined)).toBe(true);
      const base = review({ id: "r", findings });
      const finished = {
        ...base,
        target: { ...base.target, input: root, root },
        fileIdentities: { "app.py": { hash: file.hash, identity: "app.py" } },
      };
      const controller = new AbortController();
      const pending = proveReviewFixes(
        finished,
        { testCommand: { command: tool.command, args: [] }, timeoutMs: 60_000 },
        { signal: controller.signal },
      ).catch((error: unknown) => error);
      const pids = await tool.pids();
      controller.abort();
      expect(isCancelled(await pending)).toBe(true);
      await gone(pids);
      expect(pids.filter(exists)).toEqual([]);
    } finally {
      await tool.remove();
      await removeTree(root);
    }
  });
});

describe("the fix stage, across files", () => {
  const VIEW = `from flask import Flask, request
from .db import find_user

app = Flask(__name__)

@app.route("/user")
def user():
    return str(find_user(request.args.get("name")))
`;
  const DB = `import sqlite3

conn = sqlite3.connect("app.db")

def find_user(name):
    return conn.execute("SELECT * FROM users WHERE name = '" + name + "'").fetchone()
`;
  const FILES = { "app/__init__.py": "", "app/views.py": VIEW, "app/db.py": DB };

  it("re-links the patched helper with the reviewed view: the flow from the request is shown cut", async () => {
    const root = await makeTree(FILES);
    try {
      const together = reviewedTogether(FILES);
      const finding = together.findings.find(
        (f) => f.file === "app/db.py" && f.ruleId === "py/sql-injection",
      );
      expect(finding?.description).toContain("app/views.py");
      const base = review({ id: "r", findings: [finding!] });
      const finished = {
        ...base,
        target: { ...base.target, input: root, root },
        fileIdentities: Object.fromEntries(
          [...together.files.values()].map((f) => [f.path, { hash: f.hash, identity: f.path }]),
        ),
      };
      const proven = await proveReviewFixes(finished, { timeoutMs: 60_000 });
      expect(proven.ladder.crossFile?.summaries.has("app/views.py")).toBe(true);
      expect(proven.plan.outcomes.get(finding!.fingerprint)?.validation.status).toBe("proven");
    } finally {
      await removeTree(root);
    }
  });
});
