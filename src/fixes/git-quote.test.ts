import { describe, expect, it } from "vitest";
import { gitQuotePath } from "./git-quote.js";

/** Expected values as `git diff` writes them with core.quotePath=true (checked against git in test/hostile/names.test.ts). */
describe("gitQuotePath", () => {
  it.each([
    ["a/plain.py", "a/plain.py"],
    ["a/sp ace.py", "a/sp ace.py"],
    ["a/new\nline.py", '"a/new\\nline.py"'],
    ["a/t\tab.py", '"a/t\\tab.py"'],
    ['a/q"uote.py', '"a/q\\"uote.py"'],
    ["a/back\\slash.py", '"a/back\\\\slash.py"'],
    ["a/bel\u0007.py", '"a/bel\\a.py"'],
    ["a/esc\u001b.py", '"a/esc\\033.py"'],
    ["a/del\u007f.py", '"a/del\\177.py"'],
    ["a/données.py", '"a/donn\\303\\251es.py"'],
  ])("%j → %s", (name, quoted) => {
    expect(gitQuotePath(name)).toBe(quoted);
  });
});
