/**
 * What replaces a secret in every snippet and every prompt. A snippet holding
 * it has shifted columns, so ranges cannot be cut from it.
 */
export const REDACTION_MASK = "«redacted»";
