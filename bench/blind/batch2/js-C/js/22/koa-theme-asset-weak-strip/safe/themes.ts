import { readFile } from 'fs/promises';
import path from 'path';

const THEME_ROOT = path.resolve('/srv/app/themes');

export async function loadThemeAsset(file: string): Promise<Buffer> {
  const full = path.resolve(THEME_ROOT, file);
  const rel = path.relative(THEME_ROOT, full);
  if (rel.startsWith('..') || path.isAbsolute(rel)) {
    throw Object.assign(new Error('forbidden'), { status: 403 });
  }
  return readFile(full);
}
