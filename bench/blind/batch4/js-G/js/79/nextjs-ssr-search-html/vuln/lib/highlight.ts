export function highlight(text: string, term: string): string {
  if (!term) return text;
  return text.split(term).join(`<mark>${term}</mark>`);
}
