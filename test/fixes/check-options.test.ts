import { describe, expect, it } from "vitest";
import { checkOptions } from "../../src/cli/fix-flags.js";
import { CodeGuardianError } from "../../src/core/errors.js";

describe("checkOptions: the operator's heavier-check flags", () => {
  it.each([
    [{}, { timeoutMs: 300_000 }],
    [{ pyCompile: true }, { timeoutMs: 300_000, python: "python3" }],
    [
      { pyCompile: "/usr/bin/python3.12", checkTimeout: "20" },
      { timeoutMs: 20_000, python: "/usr/bin/python3.12" },
    ],
    [{ tsc: "node_modules/.bin/tsc" }, { timeoutMs: 300_000, typescript: "node_modules/.bin/tsc" }],
    [
      { testCommand: "  python3 -m pytest  -q " },
      { timeoutMs: 300_000, testCommand: { command: "python3", args: ["-m", "pytest", "-q"] } },
    ],
    [{ testCommand: "   " }, { timeoutMs: 300_000 }],
  ])("%j → %j", (flags, expected) => {
    expect(checkOptions(flags)).toEqual(expected);
  });

  it.each(["0", "-5", "soon"])("refuses --check-timeout %s", (value) => {
    expect(() => checkOptions({ checkTimeout: value })).toThrow(CodeGuardianError);
  });
});
