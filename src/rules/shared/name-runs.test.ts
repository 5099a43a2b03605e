import { describe, expect, it } from "vitest";
import { JS_NAME_RUNS, PY_NAME_RUNS, lineNamesAfter, namesOneOf } from "./name-runs.js";

describe("namesOneOf", () => {
  it.each([
    ["(req, res)", ["req"], JS_NAME_RUNS, true],
    ["(request, $res)", ["req", "res"], JS_NAME_RUNS, false],
    ["($res)", ["$res"], JS_NAME_RUNS, true],
    ["f(x.req)", ["req"], JS_NAME_RUNS, true],
    ["f(req2)", ["req"], JS_NAME_RUNS, false],
    ["f(data)", ["data"], PY_NAME_RUNS, true],
    ["f(metadata)", ["data"], PY_NAME_RUNS, false],
    ["f($data)", ["data"], PY_NAME_RUNS, true],
    ["", ["data"], PY_NAME_RUNS, false],
  ])("%j names one of %j: %s", (text, names, runs, found) => {
    expect(namesOneOf(text, names, runs)).toBe(found);
  });
});

describe("lineNamesAfter", () => {
  it.each([
    ["return value.strip()", true],
    ["x = value\nreturn x", false],
    ["return x\ny = value", false],
    ["returned = value", false],
    ["return(value)", true],
    ["value; return 1", false],
    ["return 1 if x else values", false],
  ])("%j returns value on a line: %s", (text, found) => {
    expect(lineNamesAfter(text, /\breturn\b/, ["value"], PY_NAME_RUNS)).toBe(found);
  });
});
