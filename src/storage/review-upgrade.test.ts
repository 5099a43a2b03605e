import { describe, expect, it } from "vitest";
import { upgradeStoredFields } from "./review-upgrade.js";

describe("upgradeStoredFields", () => {
  const cases: readonly [string, Record<string, unknown>, string, ReturnType<typeof upgradeStoredFields>][] =
    [
      [
        "a complete full review stored before schema 2",
        { target: { kind: "path" } },
        "completed",
        {
          state: "finished",
          completeness: "complete",
          scope: { kind: "full" },
          requestedBy: { kind: "cli" },
        },
      ],
      [
        "an incomplete diff review stored before schema 2",
        { diff: { base: "main", changedFiles: 3, wholeFiles: true } },
        "incomplete",
        {
          state: "finished",
          completeness: "incomplete",
          scope: { kind: "diff", base: "main", wholeFiles: true },
          requestedBy: { kind: "cli" },
        },
      ],
      [
        "a diff without a base, which cannot be a diff scope",
        { diff: { base: 7 } },
        "completed",
        {
          state: "finished",
          completeness: "complete",
          scope: { kind: "full" },
          requestedBy: { kind: "cli" },
        },
      ],
      [
        "a document in today's shape, whose own fields win over the column",
        {
          state: "cancelled",
          completeness: "partial",
          scope: { kind: "diff", base: "dev", wholeFiles: false },
          requestedBy: { kind: "api", id: "key-1" },
        },
        "completed",
        {
          state: "cancelled",
          completeness: "partial",
          scope: { kind: "diff", base: "dev", wholeFiles: false },
          requestedBy: { kind: "api", id: "key-1" },
        },
      ],
      [
        "unknown values, which fall back as for an old document",
        { state: "paused", completeness: "mostly", scope: { kind: "diff" }, requestedBy: { kind: "robot" } },
        "incomplete",
        {
          state: "finished",
          completeness: "incomplete",
          scope: { kind: "full" },
          requestedBy: { kind: "cli" },
        },
      ],
    ];
  it.each(cases)("upgrades %s", (_label, document, status, expected) => {
    const before = structuredClone(document);
    expect(upgradeStoredFields(document, status)).toStrictEqual(expected);
    expect(document).toStrictEqual(before);
  });
});
