import { describe, expect, it } from "vitest";
import { reviewedTogether } from "../../../test/fixes/findings.js";
import { validateFix } from "../../fixes/validate.js";
import { BUILTIN_RULES } from "../registry.js";

/** A helper of another module returns request data: the handler's own analysis cannot see it is input. */
const FILES = {
  "params.js": `function searchTerm(req) {\n  return req.query.q;\n}\nmodule.exports = { searchTerm };\n`,
  "app.js": `const express = require("express");
const { execSync } = require("child_process");
const { searchTerm } = require("./params");
const app = express();
app.get("/archive", (req, res) => {
  execSync("tar czf out.tgz " + searchTerm(req));
  res.send("ok");
});
`,
};

describe("withFlowFixes: the sink rule's fix for a flow no per-file finding held", () => {
  it("the flow gets the argument-list fix, proven only when the ladder re-links the files", async () => {
    const review = reviewedTogether(FILES);
    const file = review.files.get("app.js")!;
    expect(review.memo.draftsOf(file).filter((d) => d.ruleId === "js/command-injection")).toEqual([]);
    const finding = review.findings.find((f) => f.file === "app.js" && f.ruleId === "js/command-injection");
    expect(finding?.description).toContain("params.js line 2");
    const fix = finding!.fix!;
    expect(fix.edits.map((e) => e.text)).toContain("execFileSync");
    const input = { file, finding: finding!, fix, place: finding!.range };
    const across = await validateFix(input, {
      rules: BUILTIN_RULES,
      memo: review.memo,
      crossFile: review.crossFile,
    });
    expect(across.validation.status, across.validation.reasons.join("; ")).toBe("proven");
    // Alone, the file never showed the finding, so it cannot be shown gone.
    const alone = await validateFix(input, { rules: BUILTIN_RULES, memo: review.memo });
    expect(alone.validation.status).toBe("rejected");
  });
});
