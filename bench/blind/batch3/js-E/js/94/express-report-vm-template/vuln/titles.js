const vm = require('vm');

function renderTitle(tpl, ctx) {
  const sandbox = { ...ctx };
  return vm.runInNewContext('`' + tpl + '`', sandbox, { timeout: 50 }); // cg-expect: CWE-94
}

module.exports = { renderTitle };
