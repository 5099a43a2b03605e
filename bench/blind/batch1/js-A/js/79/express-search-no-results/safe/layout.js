function layout(title, body) {
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="/site.css"></head>
  <body>
    <header><form action="/search"><input name="q"><button>Search</button></form></header>
    <main>${body}</main>
  </body>
</html>`;
}

module.exports = { layout };
