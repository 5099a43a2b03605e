const ENT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENT[c]);

export function notFoundHtml(url: string, back: string): string {
  const link = /<script/i.test(back) ? '/' : back;
  return `<html><body><p>No page at ${esc(url)}</p>
    <a href="${link}">Go back</a></body></html>`;
}
