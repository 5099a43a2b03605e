import { marked } from 'marked';

export function renderBio(markdown: string): string {
  const html = marked.parse(markdown ?? '', { async: false }) as string;
  return html.replace(/<script[\s\S]*?>[\s\S]*?<\/script>/gi, '');
}
