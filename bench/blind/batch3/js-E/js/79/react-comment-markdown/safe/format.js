import DOMPurify from 'dompurify';

export function toHtml(text) {
  const stripped = String(text).replace(/<script[^>]*>[\s\S]*?<\/script>/gi, '');
  const html = stripped
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/\n/g, '<br>');
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['b', 'br'], ALLOWED_ATTR: [] });
}

export { DOMPurify };
