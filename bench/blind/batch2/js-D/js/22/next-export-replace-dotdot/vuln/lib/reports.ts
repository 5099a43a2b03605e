import { readFile } from 'fs/promises';
import path from 'path';

const REPORT_DIR = path.resolve(process.cwd(), 'data', 'reports');

function cleanName(name: string): string {
  return name.replace('../', '');
}

export async function readReport(name: string): Promise<string> {
  const file = path.join(REPORT_DIR, cleanName(name));
  return readFile(file, 'utf8'); // cg-expect: CWE-22
}
