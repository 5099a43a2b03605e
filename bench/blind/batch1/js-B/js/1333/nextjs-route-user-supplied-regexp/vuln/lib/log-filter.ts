export interface LogLine {
  ts: string;
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

export function filterLines(lines: LogLine[], pattern: string, caseInsensitive: boolean): LogLine[] {
  const matcher = new RegExp(pattern, caseInsensitive ? 'i' : ''); // cg-expect: CWE-1333
  return lines.filter((l) => matcher.test(l.message));
}
