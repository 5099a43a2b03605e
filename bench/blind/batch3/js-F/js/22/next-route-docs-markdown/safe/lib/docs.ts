import { promises as fs } from 'fs';
import path from 'path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(slug: string): Promise<string> {
  const file = path.resolve(DOCS_ROOT, decodeURIComponent(slug) + '.md');
  const rel = path.relative(DOCS_ROOT, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) throw new Error('invalid');
  return fs.readFile(file, 'utf8');
}
