import { readFile } from 'fs/promises';
import path from 'path';

const THEME_ROOT = path.resolve('/srv/app/themes');

export async function loadThemeAsset(file: string): Promise<Buffer> {
  const cleaned = file.replace('../', '').replace(/^\/+/, '');
  const full = path.join(THEME_ROOT, cleaned);
  return readFile(full); // cg-expect: CWE-22
}
