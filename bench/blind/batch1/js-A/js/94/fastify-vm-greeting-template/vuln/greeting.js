const vm = require('vm');

// Templates use JS template-literal syntax: "Hi ${name}, your ${plan} plan renews soon"
function renderGreeting(template, vars) {
  const sandbox = { ...vars };
  const code = '`' + template + '`';
  return vm.runInNewContext(code, sandbox, { timeout: 50 }); // cg-expect: CWE-94
}

module.exports = { renderGreeting };
