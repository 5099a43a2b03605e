import { readFile } from 'fs/promises';
import path from 'path';

const DOCS_DIR = path.join(process.cwd(), 'content', 'docs');

export async function loadDoc(slug: string): Promise<string> {
  if (!slug.endsWith('.md')) throw new Error('markdown only');
  const file = path.join(DOCS_DIR, slug);
  return readFile(file, 'utf8'); // cg-expect: CWE-22
}
