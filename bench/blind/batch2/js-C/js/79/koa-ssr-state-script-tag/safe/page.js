const serialize = require('serialize-javascript');

function page(initialState) {
  const state = serialize(initialState, { isJSON: true });
  return `<!doctype html>
<html>
  <head><title>Dashboard</title></head>
  <body>
    <div id="root"></div>
    <script>window.__INITIAL_STATE__ = ${state};</script>
    <script src="/static/app.js"></script>
  </body>
</html>`;
}

module.exports = { page };
