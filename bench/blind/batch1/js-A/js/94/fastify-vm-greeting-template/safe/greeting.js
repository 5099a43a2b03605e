const vm = require('vm');

// Templates use placeholder syntax: "Hi ${name}, your ${plan} plan renews soon"
// vm is kept only for the shared timeout helper below; templates are never compiled.
function renderGreeting(template, vars) {
  const sandbox = { ...vars };
  return template.replace(/\$\{(\w+)\}/g, (_, key) =>
    Object.prototype.hasOwnProperty.call(sandbox, key) ? String(sandbox[key]) : '');
}

module.exports = { renderGreeting, isContext: vm.isContext };
