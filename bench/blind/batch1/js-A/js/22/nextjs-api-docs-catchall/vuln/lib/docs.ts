import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(version: string, slug: string[]): Promise<string | null> {
  const file = path.join(CONTENT_ROOT, version, ...slug) + '.md';
  try {
    return await readFile(file, 'utf8'); // cg-expect: CWE-22
  } catch {
    return null;
  }
}
