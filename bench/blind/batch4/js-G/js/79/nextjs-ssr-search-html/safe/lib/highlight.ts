import escapeHtml from 'escape-html';

export function highlight(text: string, term: string): string {
  if (!term) return text;
  const safeText = escapeHtml(text);
  const safeTerm = escapeHtml(term);
  return safeText.split(safeTerm).join(`<mark>${safeTerm}</mark>`);
}
