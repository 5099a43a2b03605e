const vm = require('vm');

function renderTitle(tpl, ctx) {
  const sandbox = { ...ctx };
  return String(tpl).replace(/\$\{\s*(period|region)\s*\}/g, (_, k) => String(sandbox[k] ?? ''));
}

module.exports = { renderTitle };
