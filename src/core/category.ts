export const CATEGORIES = [
  "security",
  "logic",
  "performance",
  "testing",
  "pattern",
  "style",
  "policy",
] as const;
export type Category = (typeof CATEGORIES)[number];

export function isCategory(value: unknown): value is Category {
  return typeof value === "string" && (CATEGORIES as readonly string[]).includes(value);
}
