const SIMPLE_NAME = /^(\w+\s?)*$/;

export function formatName(raw: string | null): string {
  if (!raw) return 'Anonymous';
  const trimmed = raw.trim();
  if (SIMPLE_NAME.test(trimmed)) { // cg-expect: CWE-1333
    return trimmed.replace(/\b\w/g, (c) => c.toUpperCase());
  }
  return trimmed;
}
