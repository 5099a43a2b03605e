import DOMPurify from 'dompurify';

export function toHtml(text) {
  const stripped = String(text).replace(/<script[^>]*>[\s\S]*?<\/script>/gi, '');
  return stripped
    .replace(/\*\*(.+?)\*\*/g, '<b>$1</b>')
    .replace(/\n/g, '<br>');
}

export { DOMPurify };
