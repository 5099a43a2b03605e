import { describe, expect, test } from "vitest";
import { geminiSchemaProblem, strictSchemaProblem } from "./schema-checks.js";

const closed = {
  type: "object",
  properties: { a: { type: "string" } },
  required: ["a"],
  additionalProperties: false,
};

describe("the test servers refuse what the real APIs refuse", () => {
  test.each([
    { name: "closed, all required", schema: closed, problem: undefined },
    {
      name: "open object",
      schema: { ...closed, additionalProperties: undefined },
      problem: "additionalProperties",
    },
    { name: "optional property", schema: { ...closed, required: [] }, problem: "Missing 'a'" },
    {
      name: "nested optional",
      schema: { ...closed, properties: { a: { type: "array", items: { ...closed, required: [] } } } },
      problem: "Missing 'a'",
    },
  ])("OpenAI strict: $name", ({ schema, problem }) => {
    const found = strictSchemaProblem(schema);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });

  test.each([
    {
      name: "OpenAPI subset",
      schema: { type: "object", properties: { a: { type: "string", nullable: true } } },
      problem: undefined,
    },
    { name: "additionalProperties", schema: closed, problem: 'Unknown name "additionalProperties"' },
    {
      name: "type array",
      schema: { type: "object", properties: { a: { type: ["string", "null"] } } },
      problem: "response_schema.type",
    },
    { name: "$schema", schema: { $schema: "x", type: "object" }, problem: 'Unknown name "$schema"' },
  ])("Gemini responseSchema: $name", ({ schema, problem }) => {
    const found = geminiSchemaProblem(schema);
    if (problem === undefined) expect(found).toBeUndefined();
    else expect(found).toContain(problem);
  });
});
