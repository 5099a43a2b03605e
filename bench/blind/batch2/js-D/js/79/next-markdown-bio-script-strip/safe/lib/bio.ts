import { marked } from 'marked';
import DOMPurify from 'isomorphic-dompurify';

export function renderBio(markdown: string): string {
  const html = marked.parse(markdown ?? '', { async: false }) as string;
  return DOMPurify.sanitize(html, { USE_PROFILES: { html: true } });
}
