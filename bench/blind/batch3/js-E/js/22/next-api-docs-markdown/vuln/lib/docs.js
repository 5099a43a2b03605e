import { promises as fs } from 'fs';
import path from 'path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(parts) {
  if (parts.some((p) => p === '..')) throw new Error('invalid path');
  const file = path.resolve(DOCS_ROOT, ...parts) + '.md';
  return fs.readFile(file, 'utf8'); // cg-expect: CWE-22
}
