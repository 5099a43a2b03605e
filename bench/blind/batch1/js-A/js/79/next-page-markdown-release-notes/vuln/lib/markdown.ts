import { marked } from 'marked';

marked.setOptions({ gfm: true, breaks: true });

// Release notes are written by project maintainers in the dashboard editor.
export function renderMarkdown(source: string): string {
  return marked.parse(source, { async: false }) as string;
}
