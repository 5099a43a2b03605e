import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LEGAL_DIR = path.join(process.cwd(), 'content', 'legal');

// Server Component: reads the Markdown source and shows it as preformatted text
export async function LegalDocument({ name, lang }) {
  let text;
  try {
    text = await readFile(path.join(LEGAL_DIR, lang, `${name}.md`), 'utf8'); // cg-expect: CWE-22
  } catch {
    return <p>Document not available.</p>;
  }
  return (
    <article>
      <pre style={{ whiteSpace: 'pre-wrap' }}>{text}</pre>
    </article>
  );
}
