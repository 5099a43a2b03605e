import { describe, expect, it } from "vitest";
import { runRule } from "../../rule-tester.js";
import commandInjection from "../command-injection.js";

/**
 * How values move through Python code, checked through the command-injection
 * rule: each case is a body for `def main():` after `arg = sys.argv[1]`, and
 * whether `os.system(cmd)` on its last line is reached by the argument.
 */
const CASES: readonly { name: string; body: string; reached: boolean }[] = [
  { name: "with ... as", body: `with open(arg) as fh:\n    cmd = fh.readline()`, reached: true },
  {
    name: "try/except joins both paths",
    body: `try:\n    cmd = "ls " + arg\nexcept ValueError:\n    cmd = "ls"`,
    reached: true,
  },
  { name: "walrus", body: `if (n := arg.strip()):\n    pass\ncmd = "echo " + n`, reached: true },
  {
    name: "list comprehension",
    body: `parts = [p.upper() for p in arg.split(",")]\ncmd = "echo " + " ".join(parts)`,
    reached: true,
  },
  {
    name: "dict with constant keys: tainted key",
    body: `opts = {"user": arg, "mode": "r"}\ncmd = "id " + opts["user"]`,
    reached: true,
  },
  {
    name: "dict with constant keys: clean key",
    body: `opts = {"user": arg, "mode": "r"}\ncmd = "id " + opts["mode"]`,
    reached: false,
  },
  {
    name: "a new value for the dict forgets its old keys",
    body: `opts = {"user": "root"}\nopts = {"user": arg}\ncmd = "id " + opts["user"]`,
    reached: true,
  },
  {
    name: "reassigned from input after a clean literal",
    body: `opts = {"user": "root"}\nopts = dict(user=arg)\ncmd = "id " + opts["user"]`,
    reached: true,
  },
  { name: "tuple unpacking keeps positions", body: `a, b = "ls", arg\ncmd = a`, reached: false },
  { name: "augmented assignment", body: `cmd = "echo "\ncmd += arg`, reached: true },
  { name: "% with a tuple", body: `cmd = "cp %s %s" % (arg, "/tmp")`, reached: true },
  { name: "format_map / format keyword", body: `cmd = "ls {d}".format(d=arg)`, reached: true },
  {
    name: "value tainted late in a loop reaches an early use",
    body: `cmd = "true"\nfor i in range(3):\n    os.system(cmd)\n    cmd = "echo " + arg`,
    reached: true,
  },
  { name: "isdigit guard", body: `if not arg.isdigit():\n    return\ncmd = "kill " + arg`, reached: false },
  {
    name: "fullmatch guard",
    body: `if re.fullmatch(r"[a-z]+", arg):\n    cmd = "id " + arg\nelse:\n    cmd = "id"`,
    reached: false,
  },
  {
    name: "guard with or",
    body: `if arg not in ("a", "b") or len(arg) > 1:\n    raise SystemExit(1)\ncmd = "echo " + arg`,
    reached: false,
  },
  { name: "while False is dead", body: `cmd = "ls"\nwhile False:\n    cmd = arg`, reached: false },
  {
    name: "hash of the value",
    body: `cmd = "echo " + hashlib.sha256(arg.encode()).hexdigest()`,
    reached: false,
  },
  {
    name: "after return nothing runs",
    body: `cmd = "ls"\nif arg:\n    return\n    cmd = arg`,
    reached: false,
  },
];

describe("py data-flow propagation", () => {
  it.each(CASES)("$name", ({ body, reached }) => {
    const indented = body
      .split("\n")
      .map((line) => `    ${line}`)
      .join("\n");
    const code = `import os, re, sys, hashlib\n\ndef main():\n    arg = sys.argv[1]\n${indented}\n    os.system(cmd)\n`;
    const result = runRule(commandInjection, code);
    expect(result.notices.filter((n) => n.level === "error")).toEqual([]);
    const strong = result.drafts.filter((d) => d.confidence >= 0.5);
    expect(
      strong.length > 0,
      result.drafts.map((d) => `${d.range.start.line}: ${d.description}`).join("\n"),
    ).toBe(reached);
  });
});
