const ENT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ENT[c]);

export function notFoundHtml(url: string, back: string): string {
  let link = '/';
  try {
    const u = new URL(back, 'https://shop.example.com');
    if (u.protocol === 'https:' || u.protocol === 'http:') link = u.href;
  } catch {
    link = '/';
  }
  return `<html><body><p>No page at ${esc(url)}</p>
    <a href="${esc(link)}">Go back</a></body></html>`;
}
