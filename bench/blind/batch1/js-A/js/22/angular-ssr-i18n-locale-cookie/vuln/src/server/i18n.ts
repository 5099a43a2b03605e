import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const I18N_DIR = join(process.cwd(), 'dist', 'i18n');
const cache = new Map<string, unknown>();

export async function loadTranslations(locale: string): Promise<unknown> {
  if (cache.has(locale)) return cache.get(locale);
  try {
    const raw = await readFile(join(I18N_DIR, `${locale}.json`), 'utf8'); // cg-expect: CWE-22
    const parsed = JSON.parse(raw);
    cache.set(locale, parsed);
    return parsed;
  } catch {
    return {};
  }
}
