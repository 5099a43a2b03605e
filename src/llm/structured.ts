import { z } from "zod";
import { LlmError } from "./errors.js";

export type JsonSchemaObject = Record<string, unknown>;

// OpenAI's limit for a response_format or tool name; the strictest of the providers.
const SCHEMA_NAME = /^[a-zA-Z0-9_-]{1,64}$/;

/** Refuses a prompt no provider would accept, before anything is sent. */
export function checkPrompt(prompt: {
  readonly schemaName: string;
  readonly maxOutputTokens: number;
  readonly temperature?: number;
}): void {
  if (!SCHEMA_NAME.test(prompt.schemaName)) {
    throw new LlmError(
      "config",
      `schema name "${prompt.schemaName}" must be 1 to 64 letters, digits, "_" or "-" (providers refuse anything else)`,
    );
  }
  if (!Number.isInteger(prompt.maxOutputTokens) || prompt.maxOutputTokens < 1) {
    throw new LlmError("config", `maxOutputTokens must be a positive integer, got ${prompt.maxOutputTokens}`);
  }
  const t = prompt.temperature;
  if (t !== undefined && !(t >= 0 && t <= 2)) {
    throw new LlmError("config", `temperature must be between 0 and 2, got ${t}`);
  }
}

const wireSchemas = new WeakMap<z.ZodType, JsonSchemaObject>();

/**
 * The JSON schema sent to providers. Strict modes (OpenAI, Azure, vLLM) reject
 * a property that is not required and an object that allows extra keys, so an
 * optional field is refused here, before any request, with the paths named;
 * every object gets `additionalProperties: false`.
 */
export function toWireSchema(schema: z.ZodType, schemaName: string): JsonSchemaObject {
  const cached = wireSchemas.get(schema);
  if (cached !== undefined) return cached;
  let converted: JsonSchemaObject;
  try {
    converted = z.toJSONSchema(schema, { target: "draft-7", io: "output" });
  } catch (error) {
    throw new LlmError(
      "config",
      `schema "${schemaName}" cannot be expressed as JSON schema: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
  const optional: string[] = [];
  closeObjects(converted, "$", optional);
  if (optional.length > 0) {
    throw new LlmError(
      "config",
      `schema "${schemaName}" has optional fields (${optional.join(", ")}); strict structured output requires every field: use .nullable() instead of .optional()`,
    );
  }
  delete converted.$schema;
  wireSchemas.set(schema, converted);
  return converted;
}

function closeObjects(node: unknown, path: string, optional: string[]): void {
  if (Array.isArray(node)) {
    node.forEach((child, i) => closeObjects(child, `${path}[${i}]`, optional));
    return;
  }
  if (typeof node !== "object" || node === null) return;
  const record = node as Record<string, unknown>;
  const properties = record.properties;
  if (typeof properties === "object" && properties !== null) {
    const required = Array.isArray(record.required) ? (record.required as unknown[]) : [];
    for (const key of Object.keys(properties)) {
      if (!required.includes(key)) optional.push(`${path}.${key}`);
    }
    record.additionalProperties = false;
  }
  // zod's int() writes the safe-integer range as bounds: they tell a model
  // nothing and cost about 25 tokens each, sent with every call.
  if (record.type === "integer") {
    if (record.minimum === Number.MIN_SAFE_INTEGER) delete record.minimum;
    if (record.maximum === Number.MAX_SAFE_INTEGER) delete record.maximum;
  }
  for (const [key, child] of Object.entries(record)) {
    if (key === "properties" && typeof child === "object" && child !== null) {
      for (const [prop, sub] of Object.entries(child)) closeObjects(sub, `${path}.${prop}`, optional);
    } else if (key === "items") {
      closeObjects(child, `${path}[]`, optional);
    } else if (!DATA_KEYWORDS.has(key)) {
      closeObjects(child, path, optional);
    }
  }
}

/** Keywords whose values are data, not sub-schemas. */
const DATA_KEYWORDS = new Set(["required", "enum", "const", "default", "examples"]);

export type StructuredResult<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

/**
 * Parses the model's text as JSON and validates it against the schema. The
 * message on failure is what a repair request shows the model.
 */
export function parseStructured<T>(text: string, schema: z.ZodType<T>): StructuredResult<T> {
  let json: unknown;
  try {
    json = JSON.parse(unfence(text));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `the output is not valid JSON (${reason})` };
  }
  const result = schema.safeParse(json);
  if (result.success) return { ok: true, value: result.data };
  return { ok: false, message: `the JSON does not match the schema:\n${z.prettifyError(result.error)}` };
}

/**
 * Local servers in JSON mode sometimes wrap the object in a Markdown code
 * fence; only a fence around the whole answer is removed.
 */
function unfence(text: string): string {
  const trimmed = text.trim();
  if (!trimmed.startsWith("```") || !trimmed.endsWith("```")) return trimmed;
  const firstNewline = trimmed.indexOf("\n");
  if (firstNewline < 0) return trimmed;
  return trimmed.slice(firstNewline + 1, -3).trim();
}
