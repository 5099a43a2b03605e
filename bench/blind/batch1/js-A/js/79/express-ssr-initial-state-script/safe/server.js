const express = require('express');
const React = require('react');
const { renderToString } = require('react-dom/server');
const App = require('./dist/App').default;
const { htmlShell } = require('./shell');

const app = express();
app.use('/static', express.static('dist/static'));

app.get('/shop', async (req, res) => {
  const state = {
    filters: { category: req.query.category || 'all', sort: req.query.sort || 'popular' },
    user: null,
  };
  const markup = renderToString(React.createElement(App, { initialState: state }));
  res.send(htmlShell(markup, state));
});

app.listen(3000);
