/** Keeps each command line far below ARG_MAX (128 KiB per argument list on some systems). */
export const DEFAULT_BATCH = { maxFiles: 200, maxChars: 60_000 } as const;

/** Splits arguments into batches of at most `maxFiles` items and `maxChars` characters. */
export function batchArguments(
  items: readonly string[],
  limits: { readonly maxFiles: number; readonly maxChars: number } = DEFAULT_BATCH,
): string[][] {
  const batches: string[][] = [];
  let current: string[] = [];
  let chars = 0;
  for (const item of items) {
    const cost = item.length + 1;
    if (current.length > 0 && (current.length >= limits.maxFiles || chars + cost > limits.maxChars)) {
      batches.push(current);
      current = [];
      chars = 0;
    }
    current.push(item);
    chars += cost;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}
