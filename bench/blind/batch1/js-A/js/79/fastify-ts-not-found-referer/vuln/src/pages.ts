export function notFoundPage(backLink: string): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Not found</title></head>
  <body>
    <h1>We couldn't find that page</h1>
    <p><a href="${backLink}">Go back to where you came from</a></p>
  </body>
</html>`;
}
