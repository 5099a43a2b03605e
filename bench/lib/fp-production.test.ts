import { describe, expect, it } from "vitest";
import {
  isProductionFinding,
  isProductionPath,
  nonBlankLines,
  nonProductionReason,
} from "./fp-production.js";

describe("isProductionPath", () => {
  it.each([
    ["lib/router.js", true],
    ["db/models/query.py", true],
    ["test/router.test.js", false],
    ["tests/test_views.py", false],
    ["contrib/admin/tests.py", false],
    ["testing/plugin.py", false],
    ["src/__tests__/a.ts", false],
    ["utils/parse_test.py", false],
    ["utils/test_parse.py", false],
    ["conftest.py", false],
    ["lib/reply.spec.ts", false],
    ["types/instance.test-d.ts", false],
    ["examples/hello.js", false],
    ["docs/conf.py", false],
    ["benchmarks/run.js", false],
    ["build/sync-version.js", false],
    ["scripts/release.mjs", false],
    ["contrib/auth/migrations/0001_initial.py", false],
    ["dist/node/axios.cjs", false],
    ["eslint.config.js", false],
    ["Gruntfile.js", false],
    ["README.md", false],
    // A module named like a test helper but not a test file by these conventions stays production.
    ["werkzeug/test.py", true],
    ["flask/testing.py", true],
    ["latest.py", true],
    ["contest/views.py", true],
  ])("%s -> %s", (path, production) => {
    expect(isProductionPath(path)).toBe(production);
  });

  it("names the reason", () => {
    expect(nonProductionReason("a/tests/b.py")).toBe("directory tests/");
    expect(nonProductionReason("a/b_test.py")).toBe("file name b_test.py");
    expect(nonProductionReason("a/b.py")).toBeUndefined();
  });
});

describe("nonBlankLines", () => {
  it.each([
    ["", 0],
    ["a\n", 1],
    ["a\n\n  \n\tb\r\n", 2],
  ])("%j -> %d", (text, count) => {
    expect(nonBlankLines(text)).toBe(count);
  });
});

describe("isProductionFinding", () => {
  it.each([
    // The product's mark decides when the report classified the files, whatever the path says.
    [{ file: "tests/helper.py", production: true }, true],
    [{ file: "lib/app.py", production: false }, false],
    // Without it, the path list does.
    [{ file: "tests/helper.py" }, false],
    [{ file: "lib/app.py" }, true],
  ])("%j -> %s", (finding, production) => {
    expect(isProductionFinding(finding)).toBe(production);
  });
});
