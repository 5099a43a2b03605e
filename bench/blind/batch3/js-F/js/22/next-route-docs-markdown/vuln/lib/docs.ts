import { promises as fs } from 'fs';
import path from 'path';

const DOCS_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(slug: string): Promise<string> {
  if (slug.includes('../')) throw new Error('invalid');
  const file = path.join(DOCS_ROOT, decodeURIComponent(slug) + '.md');
  return fs.readFile(file, 'utf8'); // cg-expect: CWE-22
}
