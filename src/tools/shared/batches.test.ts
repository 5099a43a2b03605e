import { describe, expect, it } from "vitest";
import { batchArguments } from "./batches.js";

describe("batchArguments", () => {
  const cases = [
    { name: "nothing", items: [], limits: { maxFiles: 2, maxChars: 100 }, expected: [] },
    {
      name: "by count",
      items: ["a", "b", "c"],
      limits: { maxFiles: 2, maxChars: 100 },
      expected: [["a", "b"], ["c"]],
    },
    {
      name: "by length",
      items: ["aaaa", "bbbb", "cc"],
      limits: { maxFiles: 9, maxChars: 10 },
      expected: [["aaaa", "bbbb"], ["cc"]],
    },
    {
      name: "one item longer than the limit still runs",
      items: ["x".repeat(50)],
      limits: { maxFiles: 9, maxChars: 10 },
      expected: [["x".repeat(50)]],
    },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(batchArguments(c.items, c.limits)).toEqual(c.expected);
    });
  }
});
