import { readFile } from 'fs/promises';
import path from 'path';

const DOCS_DIR = path.join(process.cwd(), 'content', 'docs');

export async function loadDoc(slug: string): Promise<string> {
  if (!slug.endsWith('.md')) throw new Error('markdown only');
  const file = path.resolve(DOCS_DIR, slug);
  if (path.relative(DOCS_DIR, file).startsWith('..') || path.isAbsolute(path.relative(DOCS_DIR, file))) {
    throw new Error('outside docs');
  }
  return readFile(file, 'utf8');
}
