// Builds the HTML document around the server-rendered React markup and
// hands the same state to the client bundle for hydration.
function htmlShell(markup, state) {
  const stateJson = JSON.stringify(state);
  return `<!doctype html>
<html>
  <head><meta charset="utf-8"><title>Shop</title></head>
  <body>
    <div id="root">${markup}</div>
    <script>window.__INITIAL_STATE__ = ${stateJson};</script>
    <script src="/static/client.js"></script>
  </body>
</html>`;
}

module.exports = { htmlShell };
