import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(slug: string[]): Promise<string> {
  const rel = slug.join('/') + '.md';
  const full = path.resolve(DOCS_ROOT, rel);
  if (path.relative(DOCS_ROOT, full).startsWith('..') || path.isAbsolute(path.relative(DOCS_ROOT, full))) throw new Error('not found');
  return readFile(full, 'utf8');
}
