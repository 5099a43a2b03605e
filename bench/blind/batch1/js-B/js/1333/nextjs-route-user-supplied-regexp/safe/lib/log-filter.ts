export interface LogLine {
  ts: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `pattern` is treated as a literal substring; users cannot supply regex syntax. */
export function filterLines(lines: LogLine[], pattern: string, caseInsensitive: boolean): LogLine[] {
  const matcher = new RegExp(escapeRegExp(pattern.slice(0, 200)), caseInsensitive ? 'i' : '');
  return lines.filter((l) => matcher.test(l.message));
}
