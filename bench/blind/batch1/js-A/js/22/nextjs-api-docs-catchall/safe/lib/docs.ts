import { readFile } from 'node:fs/promises';
import path from 'node:path';

const CONTENT_ROOT = path.join(process.cwd(), 'content', 'docs');

export async function readDoc(version: string, slug: string[]): Promise<string | null> {
  const file = path.resolve(CONTENT_ROOT, version, ...slug) + '.md';
  const relative = path.relative(CONTENT_ROOT, file);
  if (relative.startsWith('..') || path.isAbsolute(relative)) return null;
  try {
    return await readFile(file, 'utf8');
  } catch {
    return null;
  }
}
