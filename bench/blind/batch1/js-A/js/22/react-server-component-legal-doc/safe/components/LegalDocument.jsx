import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LEGAL_DIR = path.join(process.cwd(), 'content', 'legal');
const DOCS = new Set(['privacy', 'terms', 'cookies', 'imprint']);
const LANGS = new Set(['en', 'de', 'fr']);

// Server Component: reads the Markdown source and shows it as preformatted text
export async function LegalDocument({ name, lang }) {
  if (!DOCS.has(name) || !LANGS.has(lang)) return <p>Document not available.</p>;
  let text;
  try {
    text = await readFile(path.join(LEGAL_DIR, lang, `${name}.md`), 'utf8');
  } catch {
    return <p>Document not available.</p>;
  }
  return (
    <article>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{text}</pre>
    </article>
  );
}
