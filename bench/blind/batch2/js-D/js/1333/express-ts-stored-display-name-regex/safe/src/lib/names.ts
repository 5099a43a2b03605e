const SIMPLE_NAME = /^\w+(?:\s\w+)*$/;

export function formatName(raw: string | null): string {
  if (!raw) return 'Anonymous';
  const trimmed = raw.trim();
  if (SIMPLE_NAME.test(trimmed)) {
    return trimmed.replace(/\b\w/g, (c) => c.toUpperCase());
  }
  return trimmed;
}
