/*
 * What the real APIs refuse in a structured-output schema, as far as these
 * tests rely on it. Each returns the provider's complaint, or undefined.
 */

/** OpenAI strict mode: every object closed, every property required. */
export function strictSchemaProblem(schema: unknown, path = "root"): string | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  const node = schema as Record<string, unknown>;
  const properties = node.properties as Record<string, unknown> | undefined;
  if (properties !== undefined) {
    if (node.additionalProperties !== false) {
      return `Invalid schema: In context=${path}, 'additionalProperties' is required to be supplied and to be false.`;
    }
    const required = Array.isArray(node.required) ? (node.required as unknown[]) : [];
    const missing = Object.keys(properties).filter((key) => !required.includes(key));
    if (missing.length > 0) {
      return `Invalid schema: In context=${path}, 'required' is required to be supplied and to be an array including every key in properties. Missing '${missing[0] ?? ""}'.`;
    }
  }
  for (const [key, child] of Object.entries(node)) {
    const children =
      key === "properties" ? Object.values(child as object) : Array.isArray(child) ? child : [child];
    for (const sub of children) {
      const problem = strictSchemaProblem(sub, `${path}.${key}`);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}

/** Gemini's responseSchema is an OpenAPI 3.0 subset: unknown keywords and type arrays are refused. */
const GEMINI_FIELDS = new Set([
  "type",
  "format",
  "title",
  "description",
  "nullable",
  "enum",
  "maxItems",
  "minItems",
  "properties",
  "required",
  "minProperties",
  "maxProperties",
  "minLength",
  "maxLength",
  "pattern",
  "example",
  "anyOf",
  "propertyOrdering",
  "default",
  "items",
  "minimum",
  "maximum",
]);

export function geminiSchemaProblem(schema: unknown): string | undefined {
  if (typeof schema !== "object" || schema === null) return undefined;
  for (const [key, child] of Object.entries(schema)) {
    if (!GEMINI_FIELDS.has(key)) {
      return `Invalid JSON payload received. Unknown name "${key}" at 'generation_config.response_schema': Cannot find field.`;
    }
    if (key === "type" && typeof child !== "string") {
      return `Invalid value at 'generation_config.response_schema.type': expected one enum value`;
    }
    const children =
      key === "properties"
        ? Object.values(child as object)
        : key === "items" || key === "anyOf"
          ? [child].flat()
          : [];
    for (const sub of children) {
      const problem = geminiSchemaProblem(sub);
      if (problem !== undefined) return problem;
    }
  }
  return undefined;
}
