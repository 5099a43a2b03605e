import { readFile } from 'fs/promises';
import path from 'path';

const REPORT_DIR = path.resolve(process.cwd(), 'data', 'reports');

function cleanName(name: string): string {
  const base = path.basename(name);
  if (!/^[\w-]+\.csv$/.test(base)) {
    throw new Error('invalid report name');
  }
  return base;
}

export async function readReport(name: string): Promise<string> {
  const file = path.join(REPORT_DIR, cleanName(name));
  if (path.dirname(file) !== REPORT_DIR) {
    throw new Error('outside report dir');
  }
  return readFile(file, 'utf8');
}
