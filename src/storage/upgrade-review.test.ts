import { describe, expect, it } from "vitest";
import { upgradeReviewDocument } from "./upgrade-review.js";

describe("upgradeReviewDocument", () => {
  const cases: readonly [string, Record<string, unknown>, Record<string, unknown>][] = [
    [
      "a full review stored before 0005",
      { target: { kind: "path" } },
      { target: { kind: "path" }, scope: { kind: "full" }, requestedBy: { kind: "cli" } },
    ],
    [
      "a diff review stored before 0005",
      { diff: { base: "main", changedFiles: 3, wholeFiles: true } },
      {
        diff: { base: "main", changedFiles: 3, wholeFiles: true },
        scope: { kind: "diff", base: "main", wholeFiles: true },
        requestedBy: { kind: "cli" },
      },
    ],
    [
      "a diff whose fields are damaged",
      { diff: { base: 7 } },
      {
        diff: { base: 7 },
        scope: { kind: "diff", base: "", wholeFiles: false },
        requestedBy: { kind: "cli" },
      },
    ],
    [
      "a diff that is not an object",
      { diff: null },
      { diff: null, scope: { kind: "full" }, requestedBy: { kind: "cli" } },
    ],
    [
      "a document already in today's shape",
      { scope: { kind: "full" }, requestedBy: { kind: "api", id: "key-1" } },
      { scope: { kind: "full" }, requestedBy: { kind: "api", id: "key-1" } },
    ],
  ];
  it.each(cases)("upgrades %s", (_label, stored, expected) => {
    const before = structuredClone(stored);
    expect(upgradeReviewDocument(stored)).toStrictEqual(expected);
    expect(stored).toStrictEqual(before);
  });
});
