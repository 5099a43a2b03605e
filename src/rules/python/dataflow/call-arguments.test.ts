import type { SgNode } from "@ast-grep/napi";
import { describe, expect, it } from "vitest";
import { parseSource } from "../../parse.js";
import { callArguments, codeChildren } from "./call-arguments.js";

/** The argument list of the first call in the text. */
function argumentsOf(text: string): SgNode | null {
  const call = parseSource("python", text).root.find({ rule: { kind: "call" } });
  if (call === null) throw new Error(`no call in ${text}`);
  return call.field("arguments");
}

function read(text: string): { positional: string[]; keyword: Record<string, string> } {
  const { positional, keyword } = callArguments(argumentsOf(text));
  return {
    positional: positional.map((a) => a.text()),
    keyword: Object.fromEntries([...keyword].map(([k, v]) => [k, v.text()])),
  };
}

describe("callArguments", () => {
  it.each([
    ["f(a, b)", ["a", "b"], {}],
    ["f(  # why\n    a,\n    b,\n)", ["a", "b"], {}],
    ["f(\n    # first\n    a,  # after a\n    # before b\n    b  # after b\n)", ["a", "b"], {}],
    ["f(a, shell=True)", ["a"], { shell: "True" }],
    ["f(a,  # c\n  shell=  # on the value\n  True)", ["a"], { shell: "True" }],
    ["f(*rest, **opts)", ["*rest", "**opts"], {}],
    ["f(x for x in y)", ["(x for x in y)"], {}],
    ["f()", [], {}],
    ["f(  # only a comment\n)", [], {}],
  ])("%j reads positional %j and keyword %j", (text, positional, keyword) => {
    expect(read(text)).toEqual({ positional, keyword });
  });

  it("reads nothing when the call has no argument list", () => {
    expect(callArguments(undefined)).toEqual({ positional: [], keyword: new Map() });
  });
});

describe("codeChildren", () => {
  it("skips comments among the items of a list", () => {
    const list = parseSource(
      "python",
      'x = [\n    "sh",  # the shell\n    # the flag\n    "-c",\n    cmd,\n]\n',
    ).root.find({
      rule: { kind: "list" },
    });
    expect(list && codeChildren(list).map((c) => c.text())).toEqual(['"sh"', '"-c"', "cmd"]);
  });
});
