const { create, all } = require('mathjs');

const math = create(all);
math.import({ import: () => { throw new Error('disabled'); }, createUnit: () => { throw new Error('disabled'); } }, { override: true });

function calculate(expr) {
  if (expr.length > 100) throw new Error('too long');
  // block quotes and semicolons so only arithmetic gets through
  if (/[;'"`]/.test(expr)) throw new Error('bad chars');
  return eval(expr); // cg-expect: CWE-94
}

module.exports = { calculate };
