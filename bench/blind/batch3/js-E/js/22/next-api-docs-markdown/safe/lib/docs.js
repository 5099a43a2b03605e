import { promises as fs } from 'fs';
import path from 'path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(parts) {
  if (parts.some((p) => p === '..')) throw new Error('invalid path');
  const file = path.resolve(DOCS_ROOT, ...parts) + '.md';
  if (!file.startsWith(DOCS_ROOT + path.sep)) throw new Error('invalid path');
  return fs.readFile(file, 'utf8');
}
