import { describe, expect, it } from "vitest";
import { fingerprintOf, normaliseSnippet, resolveIdentityPaths } from "./fingerprint.js";

describe("fingerprintOf", () => {
  const base = fingerprintOf("py/sql-injection", "app/db.py", "cur.execute(q)", 0);

  it("ignores whitespace changes in the snippet", () => {
    expect(fingerprintOf("py/sql-injection", "app/db.py", "  cur.execute( q)".replace("( ", "("), 0)).toBe(
      base,
    );
    expect(normaliseSnippet("a  =\n\t b ")).toBe("a = b");
  });

  it.each([
    ["rule id", fingerprintOf("py/eval", "app/db.py", "cur.execute(q)", 0)],
    ["path", fingerprintOf("py/sql-injection", "app/other.py", "cur.execute(q)", 0)],
    ["code", fingerprintOf("py/sql-injection", "app/db.py", "cur.execute(sql)", 0)],
    ["occurrence", fingerprintOf("py/sql-injection", "app/db.py", "cur.execute(q)", 1)],
  ])("changes with the %s", (_what, other) => {
    expect(other).not.toBe(base);
  });
});

describe("resolveIdentityPaths", () => {
  it("keeps identities of files that stay, and carries them over a pure rename", () => {
    const previous = new Map([
      ["a.py", { hash: "h1", identity: "a.py" }],
      ["old.py", { hash: "h2", identity: "first.py" }],
    ]);
    const current = new Map([
      ["a.py", "h1-changed"],
      ["new.py", "h2"],
      ["fresh.py", "h3"],
    ]);
    expect(resolveIdentityPaths(current, previous)).toEqual(
      new Map([
        ["a.py", "a.py"],
        ["new.py", "first.py"],
        ["fresh.py", "fresh.py"],
      ]),
    );
  });

  it("does not treat a copy (old path still present) as a rename", () => {
    const previous = new Map([["a.py", { hash: "h", identity: "a.py" }]]);
    const current = new Map([
      ["a.py", "h"],
      ["b.py", "h"],
    ]);
    expect(resolveIdentityPaths(current, previous).get("b.py")).toBe("b.py");
  });
});
