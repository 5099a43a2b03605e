import { describe, expect, it } from "vitest";
import { review } from "../../test/support/review-builder.js";
import { reviewed } from "../../test/fixes/findings.js";
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
