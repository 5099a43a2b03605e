import { describe, expect, it } from "vitest";
import { toWireSchema } from "../llm/index.js";
import { answerAbout, batchPrompt, batchSchema, pack, type Packable } from "./batch.js";
import { securitySchema } from "./security/prompt.js";
import type { RedactedFile } from "./types.js";

const item = (path: string, tokens: number | undefined, key = "security", rank = 0): Packable => ({
  unit: {
    file: path,
    label: path,
    prompt: `Review this file for x.\n\nFile ${path} (python):`,
    ...(tokens === undefined ? {} : { section: { subject: "x", body: `File ${path} (python):`, tokens } }),
  },
  file: {} as RedactedFile,
  rank: [rank],
  key,
});

const paths = (batches: Packable[][]) => batches.map((b) => b.map((i) => i.unit.file));

describe("pack", () => {
  it("puts small whole files of one question together, in rank order, up to the token limit", () => {
    const items = [item("a.py", 500), item("b.py", 1500), item("c.py", 1500), item("d.py", 200)];
    expect(paths(pack(items, 8, 3600))).toEqual([["a.py", "b.py", "c.py"], ["d.py"]]);
  });

  it("keeps parts of long files, large files and other questions apart", () => {
    const items = [
      item("a.py", 300),
      item("long.py", undefined),
      item("big.py", 2000),
      item("b.py", 300, "shared"),
      item("c.py", 300),
    ];
    expect(paths(pack(items, 8, 3600))).toEqual([["a.py", "c.py"], ["long.py"], ["big.py"], ["b.py"]]);
  });

  it("stops at the file limit, and 1 sends every file alone", () => {
    const items = ["a", "b", "c"].map((n) => item(`${n}.py`, 10));
    expect(paths(pack(items, 2, 3600))).toEqual([["a.py", "b.py"], ["c.py"]]);
    expect(paths(pack(items, 1, 3600))).toEqual([["a.py"], ["b.py"], ["c.py"]]);
  });
});

describe("a batch's prompt and answer", () => {
  it("asks once for every file and maps each entry to its file by the name shown", () => {
    const prompt = batchPrompt([
      { subject: "security vulnerabilities", body: "File a.py (python):", tokens: 1 },
      { subject: "security vulnerabilities", body: "File b.py (python):", tokens: 1 },
    ]);
    expect(prompt).toMatch(/^Review each of these 2 files for security vulnerabilities\./);
    const answer = {
      files: [
        { file: "b.py", answer: 2 },
        { file: '"we\\nird.py"', answer: 3 },
      ],
    };
    expect(answerAbout(answer, "b.py")).toBe(2);
    expect(answerAbout(answer, "we\nird.py")).toBe(3);
    expect(answerAbout(answer, "a.py")).toBeUndefined();
  });

  it("wraps an agent's schema in a strict one, the same object each time", () => {
    expect(batchSchema(securitySchema)).toBe(batchSchema(securitySchema));
    expect(() => toWireSchema(batchSchema(securitySchema), "security_review")).not.toThrow();
  });
});
