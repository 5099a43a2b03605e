/**
 * What replaces a secret in every snippet and every prompt. A snippet holding
 * it has shifted columns, so ranges cannot be cut from it.
 */
export const REDACTION_MASK = "«redacted»";

/**
 * What replaces a secret in what is sent to a model: numbered, so the model
 * can tell two secrets apart and a secret written twice reads the same.
 */
export function secretPlaceholder(n: number): string {
  return `«secret:${String(n)}»`;
}

/** Any mask a model may have been shown (a fix that writes one back is refused). */
export const MASK_PLACEHOLDER = /«(?:secret:\d+|redacted)»/;
