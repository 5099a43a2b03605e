import he from 'he';

function safeBackLink(backLink: string): string {
  try {
    const url = new URL(backLink, 'https://docs.example.com');
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : '/docs';
  } catch {
    return '/docs';
  }
}

export function notFoundPage(backLink: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Not found</title></head>
  <body>
    <h1>We couldn't find that page</h1>
    <p><a href="${he.encode(safeBackLink(backLink))}">Go back to where you came from</a></p>
  </body>
</html>`;
}
