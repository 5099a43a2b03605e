import { readFile } from 'node:fs/promises';
import path from 'node:path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(slug: string[]): Promise<string> {
  const rel = slug.join('/') + '.md';
  const full = path.join(DOCS_ROOT, rel);
  return readFile(full, 'utf8'); // cg-expect: CWE-22
}
