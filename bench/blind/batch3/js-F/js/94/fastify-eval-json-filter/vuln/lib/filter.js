const OPS = {
  eq: (a, b) => a === b,
  gt: (a, b) => a > b,
  lt: (a, b) => a < b,
};

function makePredicate(where) {
  return (item) => eval(where.replace(/\b([a-z_]+)\b/g, 'item.$1')); // cg-expect: CWE-94
}

module.exports = { makePredicate, OPS };
