import { describe, expect, test } from "vitest";
import { z } from "zod";
import { LlmError } from "./errors.js";
import { checkPrompt, parseStructured, toWireSchema } from "./structured.js";

const schema = z.object({
  findings: z.array(z.object({ line: z.number().int(), note: z.string().nullable() })),
});

describe("toWireSchema", () => {
  test("closes every object, keeps every field required and drops only the safe-integer bounds", () => {
    const counted = z.object({
      findings: z.array(
        z.object({ line: z.number().int(), count: z.number().int().min(1), note: z.string().nullable() }),
      ),
    });
    expect(toWireSchema(counted, "findings")).toEqual({
      type: "object",
      properties: {
        findings: {
          type: "array",
          items: {
            type: "object",
            properties: {
              line: { type: "integer" },
              count: { type: "integer", minimum: 1 },
              note: { type: ["string", "null"] },
            },
            required: ["line", "count", "note"],
            additionalProperties: false,
          },
        },
      },
      required: ["findings"],
      additionalProperties: false,
    });
  });

  test("refuses optional fields, naming each path, before any request", () => {
    const loose = z.object({ a: z.string().optional(), b: z.array(z.object({ c: z.number().optional() })) });
    expect(() => toWireSchema(loose, "loose")).toThrow(LlmError);
    expect(() => toWireSchema(loose, "loose")).toThrow(
      'schema "loose" has optional fields ($.a, $.b[].c); strict structured output requires every field: use .nullable() instead of .optional()',
    );
  });

  test("refuses a type JSON schema cannot express", () => {
    expect(() => toWireSchema(z.object({ when: z.date() }), "dated")).toThrow(
      /cannot be expressed as JSON schema/,
    );
  });
});

describe("parseStructured", () => {
  test.each([
    { name: "plain JSON", text: '{"findings":[{"line":1,"note":null}]}', ok: true },
    { name: "JSON in a whole-answer code fence", text: '```json\n{"findings":[]}\n```', ok: true },
    { name: "prose", text: "There are no findings.", ok: false, message: "not valid JSON" },
    { name: "JSON after prose", text: 'Here: {"findings":[]}', ok: false, message: "not valid JSON" },
    {
      name: "wrong type",
      text: '{"findings":[{"line":"1","note":null}]}',
      ok: false,
      message: "findings[0].line",
    },
    { name: "missing field", text: '{"findings":[{"line":1}]}', ok: false, message: "findings[0].note" },
  ])("$name", ({ text, ok, message }) => {
    const result = parseStructured(text, schema);
    expect(result.ok).toBe(ok);
    if (!result.ok && message !== undefined) expect(result.message).toContain(message);
  });
});

describe("checkPrompt", () => {
  const ok = { schemaName: "security_findings", maxOutputTokens: 1000, temperature: 0 };
  test("accepts a sound prompt", () => {
    expect(() => checkPrompt(ok)).not.toThrow();
  });
  test.each([
    { change: { schemaName: "security findings" }, message: /schema name "security findings"/ },
    { change: { schemaName: "" }, message: /schema name ""/ },
    { change: { schemaName: "x".repeat(65) }, message: /1 to 64/ },
    { change: { maxOutputTokens: 0 }, message: /positive integer, got 0/ },
    { change: { maxOutputTokens: 10.5 }, message: /positive integer, got 10.5/ },
    { change: { temperature: 3 }, message: /between 0 and 2, got 3/ },
    { change: { temperature: Number.NaN }, message: /between 0 and 2, got NaN/ },
  ])("refuses $change", ({ change, message }) => {
    expect(() => checkPrompt({ ...ok, ...change })).toThrow(message);
  });
});
