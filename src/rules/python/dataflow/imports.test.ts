import { describe, expect, it } from "vitest";
import { canonical, collectImports } from "./imports.js";

describe("collectImports", () => {
  it.each([
    ["import os", "os", "os"],
    ["import os.path", "os", "os"],
    ["import subprocess as sp", "sp", "subprocess"],
    ["from os import system as run, popen", "run", "os.system"],
    ["from os import system as run, popen", "popen", "os.popen"],
    ["from flask import (\n    Flask,\n    request as req,  # the request\n)", "req", "flask.request"],
    ["from . import helpers", "helpers", "helpers"],
    ["from yaml import \\\n    load", "load", "yaml.load"],
    ["def f():\n    import pickle as pk", "pk", "pickle"],
  ])("%j maps %s to %s", (text, local, target) => {
    expect(collectImports(text).get(local)).toBe(target);
  });

  it.each([
    ["sp.call", "import subprocess as sp", "subprocess.call"],
    ["run", "from os import system as run", "os.system"],
    ["request.args", "from flask import request", "flask.request.args"],
    ["other.thing", "import os", "other.thing"],
  ])("canonical(%s) with %j is %s", (dotted, text, expected) => {
    expect(canonical(dotted, collectImports(text))).toBe(expected);
  });

  it("ignores star imports and text that is not an import", () => {
    expect([...collectImports("from os import *\nx = 'import y'\n").keys()]).toEqual([]);
  });
});
