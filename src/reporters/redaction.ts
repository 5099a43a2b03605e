/**
 * The mask synthesis writes over secrets in snippets. Reporters may not import
 * the pipeline, so it is repeated here; redaction.test.ts keeps the two equal.
 * A snippet holding it has shifted columns, so ranges cannot be cut from it.
 */
export const REDACTION_MASK = "«redacted»";
