import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const I18N_DIR = join(process.cwd(), 'dist', 'i18n');
const SUPPORTED = new Set(['en', 'de', 'fr', 'es', 'it', 'pt-BR', 'ja']);
const cache = new Map<string, unknown>();

export async function loadTranslations(locale: string): Promise<unknown> {
  if (!SUPPORTED.has(locale)) locale = 'en';
  if (cache.has(locale)) return cache.get(locale);
  try {
    const raw = await readFile(join(I18N_DIR, `${locale}.json`), 'utf8');
    const parsed = JSON.parse(raw);
    cache.set(locale, parsed);
    return parsed;
  } catch {
    return {};
  }
}
